package org.fazhi.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.audit.AuditLog;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionState;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportSection;
import org.fazhi.report.ReportSettings;
import org.fazhi.report.ReportWorkflow;
import org.fazhi.report.SectionKind;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.report.WorkflowVerb;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submit: the clerk sends a complete draft (or a returned edition) to the county. The
 * edition is frozen from then on.
 */
@Service
class SubmitEdition {

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	private final AuditLog audit;

	private final ReportSettings settings;

	private final Clock clock;

	SubmitEdition(EditionAccess access, ReportEditionRepository editions, AuditLog audit, ReportSettings settings,
			Clock clock) {
		this.access = access;
		this.editions = editions;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	List<Problem> failureReasons(ReportEdition edition) {
		List<Problem> problems = new ArrayList<>();
		if (!ReportWorkflow.allows(edition.getState(), WorkflowVerb.SUBMIT)) {
			problems.add(Problem.of("submit.problem.state"));
			return problems;
		}
		for (SectionKind kind : SectionKind.values()) {
			int length = edition.section(kind).map(ReportSection::characterCount).orElse(0);
			if (kind.isRequired() && length < this.settings.minPartLength()) {
				problems.add(new Problem("submit.problem.partTooShort", kind, this.settings.minPartLength()));
			}
		}
		if (isBlank(edition.getTitle())) {
			problems.add(Problem.of("submit.problem.title"));
		}
		if (isBlank(edition.getSigningAgency())) {
			problems.add(Problem.of("submit.problem.signingAgency"));
		}
		if (edition.getDateWritten() == null) {
			problems.add(Problem.of("submit.problem.dateWritten"));
		}
		else if (edition.getDateWritten().isAfter(LocalDate.now(this.clock))) {
			problems.add(Problem.of("submit.problem.dateInFuture"));
		}
		return problems;
	}

	@Transactional(readOnly = true)
	List<Problem> failureReasons(CurrentUser clerk, Long editionId) {
		return failureReasons(this.access.forFiling(clerk, editionId));
	}

	@Transactional
	void perform(CurrentUser clerk, Long editionId, Long version) {
		ReportEdition edition = this.access.forFiling(clerk, editionId);
		StaleEditionException.check(edition, version);
		List<Problem> problems = failureReasons(edition);
		if (!problems.isEmpty()) {
			throw new VerbRefusedException(problems);
		}
		EditionState from = edition.apply(WorkflowVerb.SUBMIT, clerk.getUsername(), this.clock.instant());
		this.editions.saveAndFlush(edition);
		this.audit.transition(clerk.getUsername(), edition, WorkflowVerb.SUBMIT.name(), from, null);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
