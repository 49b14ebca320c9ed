package org.fazhi.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionState;
import org.fazhi.report.Problem;
import org.fazhi.report.Publication;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportEvent;
import org.fazhi.report.ReportPolicy;
import org.fazhi.report.ReportWorkflow;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.report.WorkflowVerb;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publish: after the secrecy review, a reviewer who did not submit the edition publishes
 * it now (see {@link ScheduleEdition} for later); the scheduler publishes a scheduled
 * edition through here when its time comes. {@link Publication} does the publishing.
 */
@Service
class PublishEdition {

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	private final Publication publication;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PublishEdition(EditionAccess access, ReportEditionRepository editions, Publication publication,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.editions = editions;
		this.publication = publication;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Why the reviewer cannot publish (or schedule) the edition: {@code verb} does not
	 * apply to its state, the reviewer submitted it (four eyes), or the secrecy review is
	 * not confirmed.
	 */
	static List<Problem> failureReasons(CurrentUser reviewer, ReportEdition edition, boolean secrecyReviewed,
			WorkflowVerb verb) {
		if (!ReportWorkflow.allows(edition.getState(), verb)) {
			return List
				.of(Problem.of((verb == WorkflowVerb.SCHEDULE) ? "schedule.problem.state" : "publish.problem.state"));
		}
		List<Problem> problems = new ArrayList<>();
		if (!ReportPolicy.mayPublish(reviewer, edition)) {
			problems.add(Problem.of("publish.problem.fourEyes"));
		}
		if (!secrecyReviewed) {
			problems.add(Problem.of("publish.problem.secrecy").at("secrecyReviewed"));
		}
		return problems;
	}

	/**
	 * @return the published edition (its report carries the index number)
	 */
	@Transactional
	ReportEdition perform(CurrentUser reviewer, Long editionId, Long version, boolean secrecyReviewed) {
		ReportEdition edition = this.access.forReview(reviewer, editionId);
		StaleEditionException.check(edition, version);
		List<Problem> problems = failureReasons(reviewer, edition, secrecyReviewed, WorkflowVerb.PUBLISH);
		if (!problems.isEmpty()) {
			throw new VerbRefusedException(problems);
		}
		publish(edition, reviewer.getUsername(), EditionHistory.SECRECY_REVIEWED);
		return edition;
	}

	/**
	 * Publishes a scheduled edition whose time has come, on behalf of the reviewer who
	 * scheduled it (the four-eyes and secrecy checks were made then).
	 * @return whether it was published
	 */
	@Transactional
	boolean publishScheduled(Long editionId, Instant now) {
		ReportEdition edition = this.editions.findWithSectionsById(editionId).orElse(null);
		if (edition == null || edition.getState() != EditionState.SCHEDULED || edition.getScheduledFor() == null
				|| edition.getScheduledFor().isAfter(now)) {
			return false;
		}
		publish(edition, edition.getScheduledBy(), EditionHistory.SCHEDULED_PUBLICATION);
		return true;
	}

	private void publish(ReportEdition edition, String actor, String subject) {
		this.publication.publish(edition, actor, this.clock.instant(), subject);
		this.events.publishEvent(ReportEvent.of(ReportEvent.Kind.PUBLISHED, edition, actor, null));
	}

}
