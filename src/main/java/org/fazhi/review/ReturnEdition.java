package org.fazhi.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.audit.AuditLog;
import org.fazhi.report.EditionAccess;
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

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReturnEdition(EditionAccess access, ReportEditionRepository editions, ReviewRemarkRepository remarks,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.editions = editions;
		this.remarks = remarks;
		this.audit = audit;
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
		EditionState from = edition.apply(WorkflowVerb.RETURN, reviewer.getUsername(), now);
		this.editions.saveAndFlush(edition);
		this.remarks.save(new ReviewRemark(edition.getId(), null, reviewer.getUsername(), reason.strip(), now));
		this.audit.transition(reviewer.getUsername(), edition, WorkflowVerb.RETURN.name(), from, reason.strip());
		this.events
			.publishEvent(ReportEvent.of(ReportEvent.Kind.RETURNED, edition, reviewer.getUsername(), reason.strip()));
	}

}
