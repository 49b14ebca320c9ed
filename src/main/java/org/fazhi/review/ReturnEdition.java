package org.fazhi.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.audit.AuditLog;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionState;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportWorkflow;
import org.fazhi.report.ReviewRemark;
import org.fazhi.report.ReviewRemarkRepository;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.report.WorkflowVerb;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return for changes (退回修改): the reviewer sends a submitted edition back to the township
 * with a reason, which is kept as an overall remark.
 */
@Service
class ReturnEdition {

	static final int MAX_REASON = 2000;

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	private final ReviewRemarkRepository remarks;

	private final AuditLog audit;

	private final Clock clock;

	ReturnEdition(EditionAccess access, ReportEditionRepository editions, ReviewRemarkRepository remarks,
			AuditLog audit, Clock clock) {
		this.access = access;
		this.editions = editions;
		this.remarks = remarks;
		this.audit = audit;
		this.clock = clock;
	}

	List<Problem> failureReasons(ReportEdition edition, String reason) {
		List<Problem> problems = new ArrayList<>();
		if (!ReportWorkflow.allows(edition.getState(), WorkflowVerb.RETURN)) {
			problems.add(Problem.of("return.problem.state"));
			return problems;
		}
		if (reason == null || reason.isBlank()) {
			problems.add(Problem.of("return.problem.reason"));
		}
		else if (reason.length() > MAX_REASON) {
			problems.add(new Problem("return.problem.reasonTooLong", null, MAX_REASON));
		}
		return problems;
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
	}

}
