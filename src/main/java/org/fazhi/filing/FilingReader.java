package org.fazhi.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportSettings;
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

	private final Clock clock;

	FilingReader(EditionAccess access, ReportEditionRepository editions, ReviewRemarkRepository remarks,
			AuditEventRepository audit, TopicRepository topics, TopicSuggester suggester, ReportSettings settings,
			AgencyRepository agencies, Deadlines deadlines, Clock clock) {
		this.access = access;
		this.editions = editions;
		this.remarks = remarks;
		this.audit = audit;
		this.topics = topics;
		this.suggester = suggester;
		this.settings = settings;
		this.agencies = agencies;
		this.deadlines = deadlines;
		this.clock = clock;
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
	 */
	record EditionPage(EditionView edition, List<ReviewRemark> remarks, List<AuditEvent> history, List<Topic> topics,
			Set<Long> chosenTopicIds, Set<Long> suggestedTopicIds, EditionView.SectionView previousPlans) {

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
				ids(this.suggester.suggest(edition.fullText())), previousPlans);
	}

	/**
	 * The clerk's home page: each year's report with what happened last, and the
	 * deadlines of the current cycle.
	 *
	 * @param rows one line per report year, newest first
	 * @param cycleYear the report year being prepared now
	 * @param submissionDue last day to submit it to the county
	 * @param publicationDue last day to publish it
	 * @param cycleLate whether it is past the submission deadline and not yet submitted
	 */
	record HomePage(List<FilingRow> rows, int cycleYear, LocalDate submissionDue, LocalDate publicationDue,
			boolean cycleLate) {
	}

	@Transactional(readOnly = true)
	HomePage home(CurrentUser clerk, int cycleYear) {
		Agency township = this.agencies.findById(clerk.agencyId()).orElseThrow();
		// Editions come newest first per year; the first one seen for a year is the
		// current one.
		Map<Integer, FilingRow> byYear = new LinkedHashMap<>();
		for (ReportEdition e : this.editions
			.findByReportAgencyIdOrderByReportYearDescEditionNumberDesc(township.getId())) {
			if (!byYear.containsKey(e.getReport().getYear())) {
				byYear.put(e.getReport().getYear(), row(e));
			}
		}
		LocalDate due = this.deadlines.submissionDue(township, cycleYear);
		FilingRow current = byYear.get(cycleYear);
		boolean submitted = current != null && !current.state().isEditable();
		return new HomePage(List.copyOf(byYear.values()), cycleYear, due, this.deadlines.publicationDue(cycleYear),
				!submitted && LocalDate.now(this.clock).isAfter(due));
	}

	private FilingRow row(ReportEdition e) {
		String reason = (e.getState() == EditionState.RETURNED)
				? this.remarks.findFirstByEditionIdAndSectionKindIsNullOrderByCreatedAtDescIdDesc(e.getId())
					.map(ReviewRemark::getBody)
					.orElse(null)
				: null;
		return new FilingRow(e.getReport().getYear(), e.getId(), e.getReport().getId(), e.getTitle(), e.getState(),
				e.getReport().getIndexNumber(), e.getUpdatedAt(), e.getSubmittedAt(), e.getPublishedAt(), reason);
	}

	@Transactional(readOnly = true)
	EditionView view(CurrentUser clerk, Long editionId) {
		return EditionView.of(this.access.forFiling(clerk, editionId), this.settings.minPartLength());
	}

	private static Set<Long> ids(java.util.Collection<Topic> topics) {
		return topics.stream().map(Topic::getId).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

}
