package org.fazhi.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionState;
import org.fazhi.report.Problem;
import org.fazhi.report.Report;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportEvent;
import org.fazhi.report.ReportPolicy;
import org.fazhi.report.ReportWorkflow;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.report.WorkflowVerb;
import org.fazhi.search.SearchOutbox;
import org.fazhi.system.DisplayFormats;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approve and publish: after the secrecy review, a reviewer who did not submit the
 * edition publishes it now or schedules it for a later time. The first publication
 * assigns the index number; a later one (a correction) supersedes the edition published
 * before it and keeps the number.
 */
@Service
class PublishEdition {

	/** Scheduling further ahead than this is almost certainly a typing error. */
	static final Duration MAX_SCHEDULE_AHEAD = Duration.ofDays(366);

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	private final IndexNumberAllocator indexNumbers;

	private final EditionHistory history;

	private final SearchOutbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DisplayFormats formats;

	PublishEdition(EditionAccess access, ReportEditionRepository editions, IndexNumberAllocator indexNumbers,
			EditionHistory history, SearchOutbox outbox, ApplicationEventPublisher events, Clock clock,
			DisplayFormats formats) {
		this.formats = formats;
		this.access = access;
		this.editions = editions;
		this.indexNumbers = indexNumbers;
		this.history = history;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param publishAt when to publish; {@code null} for now
	 */
	List<Problem> failureReasons(CurrentUser reviewer, ReportEdition edition, boolean secrecyReviewed,
			Instant publishAt) {
		List<Problem> problems = new ArrayList<>();
		WorkflowVerb verb = (publishAt != null) ? WorkflowVerb.SCHEDULE : WorkflowVerb.PUBLISH;
		if (!ReportWorkflow.allows(edition.getState(), verb)) {
			problems.add(Problem.of((publishAt != null) ? "schedule.problem.state" : "publish.problem.state"));
			return problems;
		}
		if (!ReportPolicy.mayPublish(reviewer, edition)) {
			problems.add(Problem.of("publish.problem.fourEyes"));
		}
		if (!secrecyReviewed) {
			problems.add(Problem.of("publish.problem.secrecy"));
		}
		Instant now = this.clock.instant();
		if (publishAt != null && (!publishAt.isAfter(now) || publishAt.isAfter(now.plus(MAX_SCHEDULE_AHEAD)))) {
			problems.add(Problem.of("schedule.problem.time"));
		}
		return problems;
	}

	/**
	 * @return the edition, published or scheduled (its report carries the index number)
	 */
	@Transactional
	ReportEdition perform(CurrentUser reviewer, Long editionId, Long version, boolean secrecyReviewed,
			Instant publishAt) {
		ReportEdition edition = this.access.forReview(reviewer, editionId);
		StaleEditionException.check(edition, version);
		List<Problem> problems = failureReasons(reviewer, edition, secrecyReviewed, publishAt);
		if (!problems.isEmpty()) {
			throw new VerbRefusedException(problems);
		}
		Instant now = this.clock.instant();
		if (publishAt != null) {
			EditionState from = edition.schedule(publishAt, reviewer.getUsername(), now);
			this.editions.saveAndFlush(edition);
			this.history.transition(reviewer.getUsername(), edition, WorkflowVerb.SCHEDULE.name(), from,
					EditionHistory.SCHEDULE_AT, this.formats.dateTime(publishAt));
			this.events.publishEvent(ReportEvent.of(ReportEvent.Kind.SCHEDULED, edition, reviewer.getUsername(), null));
		}
		else {
			publish(edition, reviewer.getUsername(), now, EditionHistory.SECRECY_REVIEWED);
		}
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
		publish(edition, edition.getScheduledBy(), now, EditionHistory.SCHEDULED_PUBLICATION);
		return true;
	}

	private void publish(ReportEdition edition, String actor, Instant now, String subject) {
		Report report = edition.getReport();
		// A concurrent publication of this same edition may already be committed; the
		// query then returns this (stale) entity, which is not an earlier edition to
		// supersede: the version check at flush refuses this attempt instead.
		this.editions.findFirstByReportIdAndStateOrderByEditionNumberDesc(report.getId(), EditionState.PUBLISHED)
			.filter((previous) -> !previous.getId().equals(edition.getId()))
			.ifPresent((previous) -> {
				EditionState from = previous.apply(WorkflowVerb.SUPERSEDE, actor, now);
				this.history.transition(actor, previous, WorkflowVerb.SUPERSEDE.name(), from);
			});
		if (!report.hasIndexNumber()) {
			int year = now.atZone(this.clock.getZone()).getYear();
			report.assignIndexNumber(this.indexNumbers.next(report.getAgency(), year), now);
		}
		EditionState from = edition.apply(WorkflowVerb.PUBLISH, actor, now);
		this.editions.saveAndFlush(edition);
		this.history.transition(actor, edition, WorkflowVerb.PUBLISH.name(), from, subject, null);
		this.outbox.reportChanged(report.getId());
		this.events.publishEvent(ReportEvent.of(ReportEvent.Kind.PUBLISHED, edition, actor, null));
	}

}
