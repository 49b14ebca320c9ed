package org.fazhi.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionState;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportEvent;
import org.fazhi.report.ReviewRemark;
import org.fazhi.report.ReviewRemarkRepository;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.report.WorkflowVerb;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return for changes (退回修改): the reviewer sends a submitted edition back to the township
 * with a reason, kept as an overall remark; the clerk is notified.
 */
@Service
class ReturnEdition {

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	private final ReviewRemarkRepository remarks;

	private final EditionHistory history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReturnEdition(EditionAccess access, ReportEditionRepository editions, ReviewRemarkRepository remarks,
			EditionHistory history, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.editions = editions;
		this.remarks = remarks;
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	List<Problem> failureReasons(ReportEdition edition, String reason) {
		return Reasons.forDecision(edition.getState(), WorkflowVerb.RETURN, "return", reason);
	}

	@Transactional
	void perform(CurrentUser reviewer, Long editionId, Long version, String reason) {
		ReportEdition edition = this.access.forReview(reviewer, editionId);
		StaleEditionException.check(edition, version);
		List<Problem> problems = failureReasons(edition, reason);
		if (!problems.isEmpty()) {
			throw new VerbRefusedException(problems);
		}
		Instant now = this.clock.instant();
		long remarksMade = (edition.getSubmittedAt() != null)
				? this.remarks.countByEditionIdAndCreatedAtGreaterThanEqual(edition.getId(), edition.getSubmittedAt())
				: 0;
		EditionState from = edition.returnToTownship(reviewer.getUsername(), now);
		this.editions.saveAndFlush(edition);
		this.remarks.save(new ReviewRemark(edition.getId(), null, reviewer.getUsername(), reason.strip(), now));
		this.history.transition(reviewer.getUsername(), edition, WorkflowVerb.RETURN.name(), from, null,
				reason.strip());
		this.events.publishEvent(ReportEvent.returned(edition, reviewer.getUsername(), reason.strip(), remarksMade));
	}

}
