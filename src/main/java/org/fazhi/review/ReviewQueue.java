package org.fazhi.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.fazhi.account.CurrentUser;
import org.fazhi.assistant.Assessment;
import org.fazhi.assistant.AssessmentView;
import org.fazhi.assistant.CheckedReport;
import org.fazhi.assistant.ReviewAssistant;
import org.fazhi.report.Deadlines;
import org.fazhi.report.EditionState;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportPolicy;
import org.fazhi.report.ReportingCalendar;
import org.fazhi.report.SubmissionRepository;
import org.fazhi.system.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer's queue: editions from the county's townships, oldest submission first,
 * filtered by year, state and township, with counts per state.
 */
@Service
class ReviewQueue {

	/** The states a reviewer deals with; the default view shows the first two. */
	static final List<EditionState> STATES = List.of(EditionState.SUBMITTED, EditionState.SCHEDULED,
			EditionState.RETURNED, EditionState.PUBLISHED);

	static final Set<EditionState> AWAITING = Set.of(EditionState.SUBMITTED, EditionState.SCHEDULED);

	private final ReportEditionRepository editions;

	private final SubmissionRepository submissions;

	private final Deadlines deadlines;

	private final ReportingCalendar calendar;

	private final ZoneId zone;

	private final ReviewAssistant assistant;

	private final Messages messages;

	ReviewQueue(ReportEditionRepository editions, SubmissionRepository submissions, Deadlines deadlines,
			ReportingCalendar calendar, Clock clock, ReviewAssistant assistant, Messages messages) {
		this.assistant = assistant;
		this.messages = messages;
		this.editions = editions;
		this.submissions = submissions;
		this.deadlines = deadlines;
		this.calendar = calendar;
		this.zone = clock.getZone();
	}

	/**
	 * The queue after filtering.
	 *
	 * @param rows matching editions, oldest submission first
	 * @param counts number of editions per state (ignoring the state filter)
	 * @param years report years present
	 * @param townships townships present, as id and name
	 */
	record Queue(List<QueueRow> rows, Map<EditionState, Long> counts, List<Integer> years,
			Map<Long, String> townships) {
	}

	@Transactional(readOnly = true)
	Queue queue(CurrentUser reviewer, Integer year, EditionState state, Long townshipId) {
		List<ReportEdition> all = ReportPolicy.reviewedCounty(reviewer)
			.map((county) -> this.editions.findQueueForCounty(county, STATES))
			.orElseGet(() -> this.editions.findQueue(STATES));
		List<ReportEdition> matching = all.stream()
			.filter((e) -> year == null || e.getReport().getYear() == year)
			.filter((e) -> townshipId == null || e.getReport().getAgency().getId().equals(townshipId))
			.toList();
		Map<Long, Instant> firstSubmitted = new HashMap<>();
		if (!matching.isEmpty()) {
			for (Object[] first : this.submissions
				.firstSubmissions(matching.stream().map(ReportEdition::getId).toList())) {
				firstSubmitted.put((Long) first[0], (Instant) first[1]);
			}
		}
		LocalDate today = this.calendar.today();
		// Read by the assistant only where a decision is awaited, with the county's
		// published reports indexed once for the whole queue.
		Map<Long, Assessment> assessments = this.assistant
			.assessAll(matching.stream().filter((e) -> AWAITING.contains(e.getState())).toList());
		List<QueueRow> rows = matching.stream()
			.map((e) -> row(e, firstSubmitted.get(e.getId()), today, assessments.get(e.getId())))
			.toList();
		Map<EditionState, Long> counts = new EnumMap<>(EditionState.class);
		STATES.forEach((s) -> counts.put(s, rows.stream().filter((r) -> r.state() == s).count()));
		List<QueueRow> shown = rows.stream()
			.filter((r) -> (state != null) ? r.state() == state : AWAITING.contains(r.state()))
			.toList();
		List<Integer> years = all.stream().map((e) -> e.getReport().getYear()).distinct().sorted().toList().reversed();
		Map<Long, String> townships = new TreeMap<>();
		all.forEach((e) -> townships.put(e.getReport().getAgency().getId(), e.getReport().getAgency().getFullName()));
		return new Queue(shown, counts, years, townships);
	}

	private QueueRow row(ReportEdition e, Instant firstSubmitted, LocalDate today, Assessment assessment) {
		LocalDate due = this.deadlines.submissionDue(e.getReport().getAgency(), e.getReport().getYear());
		LocalDate first = (firstSubmitted != null) ? LocalDate.ofInstant(firstSubmitted, this.zone) : null;
		boolean late = !e.isCorrection() && Deadlines.isLate(first, due, today);
		return new QueueRow(e.getId(), e.getReport().getAgency().getId(), e.getReport().getAgency().getFullName(),
				e.getReport().getYear(), e.getTitle(), e.getState(), e.isCorrection(), e.getSubmittedAt(),
				e.getSubmittedBy(), e.getScheduledFor(), firstSubmitted, late,
				(assessment != null) ? AssessmentView.of(assessment, CheckedReport.of(e), this.messages) : null);
	}

}
