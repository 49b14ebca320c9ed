package org.fazhi.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.assistant.ReviewAssistant;
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

	private final ReviewAssistant assistant;

	PublishEdition(EditionAccess access, ReportEditionRepository editions, Publication publication,
			ApplicationEventPublisher events, Clock clock, ReviewAssistant assistant) {
		this.assistant = assistant;
		this.access = access;
		this.editions = editions;
		this.publication = publication;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The reviewer's secrecy review as the publish form states it.
	 *
	 * @param confirmed whether the 保密审查 is ticked
	 * @param findingsAcknowledged whether the assistant's secrecy findings were read and
	 * are acknowledged
	 * @param findings how many secrecy findings the assistant has open on the edition
	 */
	record SecrecyReview(boolean confirmed, boolean findingsAcknowledged, int findings) {

		/** For telling what else would block: the reviewer's own ticks taken as given. */
		static final SecrecyReview ASSUMED = new SecrecyReview(true, true, 0);

	}

	/**
	 * Why the reviewer cannot publish (or schedule) the edition: {@code verb} does not
	 * apply to its state, the reviewer submitted it (four eyes), the secrecy review is
	 * not confirmed, or the assistant's secrecy findings (an identity number, a phone
	 * number, a secrecy marking …) are open and not acknowledged.
	 */
	static List<Problem> failureReasons(CurrentUser reviewer, ReportEdition edition, SecrecyReview secrecy,
			WorkflowVerb verb) {
		if (!ReportWorkflow.allows(edition.getState(), verb)) {
			return List
				.of(Problem.of((verb == WorkflowVerb.SCHEDULE) ? "schedule.problem.state" : "publish.problem.state"));
		}
		List<Problem> problems = new ArrayList<>();
		if (!ReportPolicy.mayPublish(reviewer, edition)) {
			problems.add(Problem.of("publish.problem.fourEyes"));
		}
		if (!secrecy.confirmed()) {
			problems.add(Problem.of("publish.problem.secrecy").at("secrecyReviewed"));
		}
		if (secrecy.findings() > 0 && !secrecy.findingsAcknowledged()) {
			problems.add(new Problem("publish.problem.secrecyFindings", null, secrecy.findings())
				.at("findingsAcknowledged"));
		}
		return problems;
	}

	/**
	 * @return the published edition (its report carries the index number)
	 */
	@Transactional
	ReportEdition perform(CurrentUser reviewer, Long editionId, Long version, boolean secrecyReviewed,
			boolean findingsAcknowledged) {
		ReportEdition edition = this.access.forReview(reviewer, editionId);
		StaleEditionException.check(edition, version);
		SecrecyReview secrecy = new SecrecyReview(secrecyReviewed, findingsAcknowledged,
				this.assistant.assess(edition).secrecyFindings().size());
		List<Problem> problems = failureReasons(reviewer, edition, secrecy, WorkflowVerb.PUBLISH);
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
