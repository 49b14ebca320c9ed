package org.fazhi.filing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.account.CurrentUser;
import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.audit.AuditEvent;
import org.fazhi.audit.AuditEventRepository;
import org.fazhi.report.Deadlines;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionState;
import org.fazhi.report.EditionView;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportSettings;
import org.fazhi.report.ReportingCalendar;
import org.fazhi.report.ReviewRemark;
import org.fazhi.report.ReviewRemarkRepository;
import org.fazhi.report.SectionKind;
import org.fazhi.topic.Topic;
import org.fazhi.topic.TopicRepository;
import org.fazhi.topic.TopicSuggester;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles what the clerk's edition pages show, in one read-only transaction: the
 * edition, the reviewer's remarks, the history, topics with suggestions, and last year's
 * plans to report against.
 */
@Service
class FilingReader {

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	private final ReviewRemarkRepository remarks;

	private final AuditEventRepository audit;

	private final TopicRepository topics;

	private final TopicSuggester suggester;

	private final ReportSettings settings;

	private final AgencyRepository agencies;

	private final Deadlines deadlines;

	private final ReportingCalendar calendar;

	FilingReader(EditionAccess access, ReportEditionRepository editions, ReviewRemarkRepository remarks,
			AuditEventRepository audit, TopicRepository topics, TopicSuggester suggester, ReportSettings settings,
			AgencyRepository agencies, Deadlines deadlines, ReportingCalendar calendar) {
		this.access = access;
		this.editions = editions;
		this.remarks = remarks;
		this.audit = audit;
		this.topics = topics;
		this.suggester = suggester;
		this.settings = settings;
		this.agencies = agencies;
		this.deadlines = deadlines;
		this.calendar = calendar;
	}

	/**
	 * An edition page's content.
	 *
	 * @param edition the edition
	 * @param remarks the reviewer's remarks on it, oldest first
	 * @param history transitions of the report, oldest first
	 * @param topics topics the clerk can choose
	 * @param chosenTopicIds topics chosen so far
	 * @param suggestedTopicIds topics suggested by the text
	 * @param previousPlans last year's published next-year plans, or {@code null}
	 * @param discardable whether the clerk may discard this edition
	 */
	record EditionPage(EditionView edition, List<ReviewRemark> remarks, List<AuditEvent> history, List<Topic> topics,
			Set<Long> chosenTopicIds, Set<Long> suggestedTopicIds, EditionView.SectionView previousPlans,
			boolean discardable) {

		public List<ReviewRemark> overallRemarks() {
			return this.remarks.stream().filter((r) -> r.getSectionKind() == null).toList();
		}

		public List<ReviewRemark> remarksOn(SectionKind kind) {
			return this.remarks.stream().filter((r) -> r.getSectionKind() == kind).toList();
		}

	}

	@Transactional(readOnly = true)
	EditionPage page(CurrentUser clerk, Long editionId) {
		ReportEdition edition = this.access.forFiling(clerk, editionId);
		EditionView view = EditionView.of(edition, this.settings.minPartLength());
		List<AuditEvent> history = this.audit.findByReportIdOrderByOccurredAtAscIdAsc(edition.getReport().getId())
			.stream()
			.filter((e) -> !"SAVE".equals(e.getAction()))
			.toList();
		EditionView.SectionView previousPlans = this.editions
			.findPublished(edition.getReport().getAgency().getId(), edition.getReport().getYear() - 1)
			.map((e) -> EditionView.of(e, this.settings.minPartLength()))
			.flatMap((e) -> e.sections().stream().filter((s) -> s.kind() == SectionKind.NEXT_YEAR_PLANS).findFirst())
			.orElse(null);
		return new EditionPage(view, this.remarks.findByEditionIdOrderByCreatedAtAscIdAsc(editionId), history,
				this.topics.findByActiveTrueOrderByPositionAscIdAsc(), ids(edition.getTopics()),
				ids(this.suggester.suggest(edition.fullText())), previousPlans,
				DiscardDraft.failureReasons(edition).isEmpty());
	}

	/**
	 * A report year the township owes the county, with how its deadline stands.
	 *
	 * @param year report year
	 * @param submissionDue last day to submit it
	 * @param publicationDue last day to publish it
	 * @param daysLeft days until the submission deadline (negative once past)
	 * @param editionId the draft started for it, or {@code null}
	 */
	record DueYear(int year, LocalDate submissionDue, LocalDate publicationDue, long daysLeft, Long editionId) {

		public boolean overdue() {
			return this.daysLeft < 0;
		}

		public long daysOverdue() {
			return -this.daysLeft;
		}

	}

	/**
	 * The clerk's home page.
	 *
	 * @param rows one line per report year, newest first
	 * @param due years not yet submitted, overdue first
	 * @param startable years a report may be started for, newest first
	 * @param defaultYear the year the start form proposes
	 * @param publishedYears years with a published report, newest first (what a new
	 * report can start from)
	 */
	record HomePage(List<FilingRow> rows, List<DueYear> due, List<Integer> startable, Integer defaultYear,
			List<Integer> publishedYears) {
	}

	@Transactional(readOnly = true)
	HomePage home(CurrentUser clerk) {
		Agency township = this.agencies.findById(clerk.agencyId()).orElseThrow();
		// Editions come newest first per year.
		Map<Integer, List<ReportEdition>> byYear = new LinkedHashMap<>();
		for (ReportEdition e : this.editions
			.findByReportAgencyIdOrderByReportYearDescEditionNumberDesc(township.getId())) {
			byYear.computeIfAbsent(e.getReport().getYear(), (y) -> new ArrayList<>()).add(e);
		}
		List<FilingRow> rows = byYear.values().stream().map(this::row).toList();
		LocalDate today = this.calendar.today();
		List<DueYear> due = new ArrayList<>();
		int dueYear = this.calendar.dueYear();
		int first = byYear.keySet().stream().min(Integer::compare).orElse(dueYear);
		for (int year = Math.min(first, dueYear); year <= dueYear; year++) {
			List<ReportEdition> editions = byYear.get(year);
			boolean neverSubmitted = editions == null
					|| (editions.size() == 1 && editions.get(0).getState() == EditionState.DRAFT);
			if (neverSubmitted) {
				LocalDate submissionDue = this.deadlines.submissionDue(township, year);
				due.add(new DueYear(year, submissionDue, this.deadlines.publicationDue(year),
						ChronoUnit.DAYS.between(today, submissionDue),
						(editions != null) ? editions.get(0).getId() : null));
			}
		}
		List<Integer> startable = this.calendar.startableYears(byYear.keySet());
		Integer defaultYear = due.stream()
			.filter((d) -> d.editionId() == null)
			.map(DueYear::year)
			.findFirst()
			.orElse(startable.isEmpty() ? null : startable.get(0));
		return new HomePage(rows, due, startable, defaultYear,
				this.editions.findYearsByAgencyAndState(township.getId(), EditionState.PUBLISHED));
	}

	/**
	 * A year's line from its editions, newest first.
	 */
	private FilingRow row(List<ReportEdition> editions) {
		ReportEdition newest = editions.get(0);
		ReportEdition open = newest.getState().isOpen() ? newest : null;
		ReportEdition shown = editions.stream()
			.filter((e) -> e.getState() == EditionState.PUBLISHED || e.getState() == EditionState.WITHDRAWN)
			.findFirst()
			.orElse(null);
		String reason = (open != null && open.getState() == EditionState.RETURNED)
				? this.remarks.findFirstByEditionIdAndSectionKindIsNullOrderByCreatedAtDescIdDesc(open.getId())
					.map(ReviewRemark::getBody)
					.orElse(null)
				: null;
		return new FilingRow(newest.getReport().getYear(), newest.getReport().getId(), newest.getTitle(),
				newest.getReport().getIndexNumber(), (shown != null) ? shown.getId() : null,
				(shown != null) ? shown.getState() : null, (shown != null) ? shown.getPublishedAt() : null,
				(open != null) ? open.getId() : null, (open != null) ? open.getState() : null,
				open != null && open.isCorrection(), (open != null) ? open.getUpdatedAt() : newest.getUpdatedAt(),
				(open != null) ? open.getSubmittedAt() : null, reason);
	}

	/**
	 * Why the edition cannot be discarded now, if it cannot.
	 */
	@Transactional(readOnly = true)
	List<Problem> discardProblems(CurrentUser clerk, Long editionId) {
		return DiscardDraft.failureReasons(this.access.forFiling(clerk, editionId));
	}

	@Transactional(readOnly = true)
	EditionView view(CurrentUser clerk, Long editionId) {
		return EditionView.of(this.access.forFiling(clerk, editionId), this.settings.minPartLength());
	}

	private static Set<Long> ids(Collection<Topic> topics) {
		return topics.stream().map(Topic::getId).collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
