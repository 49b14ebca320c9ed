package org.fazhi.review;

import java.time.Clock;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.Problem;
import org.fazhi.report.Publication;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEvent;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.report.WorkflowVerb;
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

	private final Publication publication;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WithdrawEdition(EditionAccess access, Publication publication, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.publication = publication;
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
		this.publication.withdraw(edition, reason.strip(), reviewer.getUsername(), this.clock.instant());
		this.events
			.publishEvent(ReportEvent.of(ReportEvent.Kind.WITHDRAWN, edition, reviewer.getUsername(), reason.strip()));
	}

}
