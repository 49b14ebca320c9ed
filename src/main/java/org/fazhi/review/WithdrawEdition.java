package org.fazhi.review;

import java.time.Clock;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionState;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportEvent;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.report.WorkflowVerb;
import org.fazhi.search.SearchOutbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdraw (撤回): a reviewer or admin takes a published report down with a public reason.
 * Its page stays as a notice with the reason; search stops returning it.
 */
@Service
class WithdrawEdition {

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	private final EditionHistory history;

	private final SearchOutbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WithdrawEdition(EditionAccess access, ReportEditionRepository editions, EditionHistory history, SearchOutbox outbox,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.editions = editions;
		this.history = history;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	List<Problem> failureReasons(ReportEdition edition, String reason) {
		return Reasons.forDecision(edition.getState(), WorkflowVerb.WITHDRAW, "withdraw", reason);
	}

	@Transactional
	void perform(CurrentUser reviewer, Long editionId, Long version, String reason) {
		ReportEdition edition = this.access.forReview(reviewer, editionId);
		StaleEditionException.check(edition, version);
		List<Problem> problems = failureReasons(edition, reason);
		if (!problems.isEmpty()) {
			throw new VerbRefusedException(problems);
		}
		EditionState from = edition.withdraw(reason.strip(), reviewer.getUsername(), this.clock.instant());
		this.editions.saveAndFlush(edition);
		this.history.transition(reviewer.getUsername(), edition, WorkflowVerb.WITHDRAW.name(), from, null,
				reason.strip());
		this.outbox.reportChanged(edition.getReport().getId());
		this.events
			.publishEvent(ReportEvent.of(ReportEvent.Kind.WITHDRAWN, edition, reviewer.getUsername(), reason.strip()));
	}

}
