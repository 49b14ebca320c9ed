package org.fazhi.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.assistant.ReviewAssistant;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionState;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportEvent;
import org.fazhi.report.ReportWorkflow;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.report.WorkflowVerb;
import org.fazhi.system.DisplayFormats;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedule: after the secrecy review, a reviewer who did not submit the edition chooses a
 * later time for its publication; it waits as SCHEDULED until {@link ScheduledPublisher}
 * publishes it, or it is unscheduled.
 */
@Service
class ScheduleEdition {

	/** Scheduling further ahead than this is almost certainly a typing error. */
	static final Duration MAX_SCHEDULE_AHEAD = Duration.ofDays(366);

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	private final EditionHistory history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DisplayFormats formats;

	ScheduleEdition(EditionAccess access, ReportEditionRepository editions, EditionHistory history,
			ApplicationEventPublisher events, Clock clock, DisplayFormats formats, ReviewAssistant assistant) {
		this.assistant = assistant;
		this.access = access;
		this.editions = editions;
		this.history = history;
		this.events = events;
		this.clock = clock;
		this.formats = formats;
	}

	private final ReviewAssistant assistant;

	List<Problem> failureReasons(CurrentUser reviewer, ReportEdition edition, PublishEdition.SecrecyReview secrecy,
			Instant publishAt) {
		List<Problem> problems = new ArrayList<>(
				PublishEdition.failureReasons(reviewer, edition, secrecy, WorkflowVerb.SCHEDULE));
		Instant now = this.clock.instant();
		if (ReportWorkflow.allows(edition.getState(), WorkflowVerb.SCHEDULE)
				&& (publishAt == null || !publishAt.isAfter(now) || publishAt.isAfter(now.plus(MAX_SCHEDULE_AHEAD)))) {
			problems.add(Problem.of("schedule.problem.time").at("publishAt"));
		}
		return problems;
	}

	@Transactional
	void perform(CurrentUser reviewer, Long editionId, Long version, boolean secrecyReviewed,
			boolean findingsAcknowledged, Instant publishAt) {
		ReportEdition edition = this.access.forReview(reviewer, editionId);
		StaleEditionException.check(edition, version);
		PublishEdition.SecrecyReview secrecy = new PublishEdition.SecrecyReview(secrecyReviewed, findingsAcknowledged,
				this.assistant.assess(edition).secrecyFindings().size());
		List<Problem> problems = failureReasons(reviewer, edition, secrecy, publishAt);
		if (!problems.isEmpty()) {
			throw new VerbRefusedException(problems);
		}
		EditionState from = edition.schedule(publishAt, reviewer.getUsername(), this.clock.instant());
		this.editions.saveAndFlush(edition);
		this.history.transition(reviewer.getUsername(), edition, WorkflowVerb.SCHEDULE.name(), from,
				EditionHistory.SCHEDULE_AT, this.formats.dateTime(publishAt));
		this.events.publishEvent(ReportEvent.of(ReportEvent.Kind.SCHEDULED, edition, reviewer.getUsername(), null));
	}

}
