package org.fazhi.filing;

import java.time.Clock;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionState;
import org.fazhi.report.Problem;
import org.fazhi.report.Report;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportRepository;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.report.WorkflowVerb;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discard (删除草稿): the clerk throws away a draft that never went to the county, or a
 * correction that will not be made (even after the county returned it). The edition is
 * deleted with its parts and remarks; a report left with no edition goes too, so the year
 * can be started again. The audit trail keeps the record.
 */
@Service
class DiscardDraft {

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	private final ReportRepository reports;

	private final EditionHistory history;

	private final Clock clock;

	DiscardDraft(EditionAccess access, ReportEditionRepository editions, ReportRepository reports,
			EditionHistory history, Clock clock) {
		this.access = access;
		this.editions = editions;
		this.reports = reports;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * A first edition may be discarded only before it is submitted; a correction also
	 * after the county returned it (the published report stays as it is).
	 */
	static List<Problem> failureReasons(ReportEdition edition) {
		boolean allowed = edition.getState() == EditionState.DRAFT
				|| (edition.getState() == EditionState.RETURNED && edition.isCorrection());
		return allowed ? List.of() : List.of(Problem.of("discard.problem.state"));
	}

	/**
	 * @return whether the report went too (it had no other edition)
	 */
	@Transactional
	boolean perform(CurrentUser clerk, Long editionId, Long version) {
		ReportEdition edition = this.access.forFiling(clerk, editionId);
		StaleEditionException.check(edition, version);
		List<Problem> problems = failureReasons(edition);
		if (!problems.isEmpty()) {
			throw new VerbRefusedException(problems);
		}
		EditionState from = edition.discard(clerk.getUsername(), this.clock.instant());
		this.history.transition(clerk.getUsername(), edition, WorkflowVerb.DISCARD.name(), from);
		Report report = edition.getReport();
		this.editions.delete(edition);
		this.editions.flush();
		if (this.editions.countByReportId(report.getId()) == 0) {
			this.reports.delete(report);
			return true;
		}
		return false;
	}

}
