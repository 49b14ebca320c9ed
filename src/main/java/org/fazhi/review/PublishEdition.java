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
import org.fazhi.report.Report;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportPolicy;
import org.fazhi.report.ReportWorkflow;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.report.WorkflowVerb;
import org.fazhi.search.SearchOutbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approve and publish: after the secrecy review, a reviewer who did not submit the
 * edition makes it public. The first publication assigns the index number; a later one (a
 * correction) supersedes the edition published before it.
 */
@Service
class PublishEdition {

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	private final IndexNumberAllocator indexNumbers;

	private final AuditLog audit;

	private final SearchOutbox outbox;

	private final Clock clock;

	PublishEdition(EditionAccess access, ReportEditionRepository editions, IndexNumberAllocator indexNumbers,
			AuditLog audit, SearchOutbox outbox, Clock clock) {
		this.access = access;
		this.editions = editions;
		this.indexNumbers = indexNumbers;
		this.audit = audit;
		this.outbox = outbox;
		this.clock = clock;
	}

	List<Problem> failureReasons(CurrentUser reviewer, ReportEdition edition, boolean secrecyReviewed) {
		List<Problem> problems = new ArrayList<>();
		if (!ReportWorkflow.allows(edition.getState(), WorkflowVerb.PUBLISH)) {
			problems.add(Problem.of("publish.problem.state"));
			return problems;
		}
		if (!ReportPolicy.mayPublish(reviewer, edition)) {
			problems.add(Problem.of("publish.problem.fourEyes"));
		}
		if (!secrecyReviewed) {
			problems.add(Problem.of("publish.problem.secrecy"));
		}
		return problems;
	}

	@Transactional
	void perform(CurrentUser reviewer, Long editionId, Long version, boolean secrecyReviewed) {
		ReportEdition edition = this.access.forReview(reviewer, editionId);
		StaleEditionException.check(edition, version);
		List<Problem> problems = failureReasons(reviewer, edition, secrecyReviewed);
		if (!problems.isEmpty()) {
			throw new VerbRefusedException(problems);
		}
		Instant now = this.clock.instant();
		String actor = reviewer.getUsername();
		Report report = edition.getReport();
		this.editions.findFirstByReportIdAndStateOrderByEditionNumberDesc(report.getId(), EditionState.PUBLISHED)
			.ifPresent((previous) -> {
				EditionState from = previous.apply(WorkflowVerb.SUPERSEDE, actor, now);
				this.audit.transition(actor, previous, WorkflowVerb.SUPERSEDE.name(), from, null);
			});
		if (!report.hasIndexNumber()) {
			int year = now.atZone(this.clock.getZone()).getYear();
			report.assignIndexNumber(this.indexNumbers.next(report.getAgency(), year), now);
		}
		EditionState from = edition.apply(WorkflowVerb.PUBLISH, actor, now);
		this.editions.saveAndFlush(edition);
		this.audit.transition(actor, edition, WorkflowVerb.PUBLISH.name(), from, "secrecy review confirmed");
		this.outbox.reportChanged(report.getId());
	}

}
