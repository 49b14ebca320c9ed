package org.fazhi.review;

import java.time.Clock;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionState;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportWorkflow;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.report.WorkflowVerb;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unschedule: a scheduled publication is called off and the edition waits in the queue
 * again.
 */
@Service
class UnscheduleEdition {

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	private final EditionHistory history;

	private final Clock clock;

	UnscheduleEdition(EditionAccess access, ReportEditionRepository editions, EditionHistory history, Clock clock) {
		this.access = access;
		this.editions = editions;
		this.history = history;
		this.clock = clock;
	}

	List<Problem> failureReasons(ReportEdition edition) {
		return ReportWorkflow.allows(edition.getState(), WorkflowVerb.UNSCHEDULE) ? List.of()
				: List.of(Problem.of("unschedule.problem.state"));
	}

	@Transactional
	void perform(CurrentUser reviewer, Long editionId, Long version) {
		ReportEdition edition = this.access.forReview(reviewer, editionId);
		StaleEditionException.check(edition, version);
		List<Problem> problems = failureReasons(edition);
		if (!problems.isEmpty()) {
			throw new VerbRefusedException(problems);
		}
		EditionState from = edition.unschedule(reviewer.getUsername(), this.clock.instant());
		this.editions.saveAndFlush(edition);
		this.history.transition(reviewer.getUsername(), edition, WorkflowVerb.UNSCHEDULE.name(), from);
	}

}
