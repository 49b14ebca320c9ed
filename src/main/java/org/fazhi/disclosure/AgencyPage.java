package org.fazhi.disclosure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.agency.AgencyDirectory;
import org.fazhi.assistant.Assessment;
import org.fazhi.assistant.Promises;
import org.fazhi.report.EditionState;
import org.fazhi.report.Paragraphs;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportSection;
import org.fazhi.report.SectionKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One township's public page: every year's report, and a year-over-year view that puts
 * what was promised last year beside what this year's report says was done: each promise
 * with the passage that reports on it (or none), the share kept, and both parts in full.
 */
@Service
class AgencyPage {

	private final AgencyDirectory directory;

	private final ReportEditionRepository editions;

	private final Promises promises;

	AgencyPage(AgencyDirectory directory, ReportEditionRepository editions, Promises promises) {
		this.promises = promises;
		this.directory = directory;
		this.editions = editions;
	}

	/**
	 * A year's public report of the township.
	 *
	 * @param reportId report to link to
	 * @param year report year
	 * @param title title
	 * @param indexNumber 索引号
	 * @param publishedAt publication
	 * @param withdrawn whether it was withdrawn
	 */
	record YearReport(Long reportId, int year, String title, String indexNumber, Instant publishedAt,
			boolean withdrawn) {
	}

	/**
	 * Last year's plans beside this year's measures and problems.
	 *
	 * @param year this year
	 * @param plansHeading last year's plans heading
	 * @param plans last year's plans
	 * @param measuresHeading this year's measures heading
	 * @param measures this year's measures
	 * @param problemsHeading this year's problems heading
	 * @param problems this year's problems
	 * @param promises each of last year's plan items with this year's account of it, or
	 * none
	 */
	record YearOverYear(int year, String plansHeading, List<String> plans, String measuresHeading,
			List<String> measures, String problemsHeading, List<String> problems, List<Assessment.Promise> promises) {

		public long kept() {
			return this.promises.stream().filter(Assessment.Promise::kept).count();
		}

		public int keptPercent() {
			return Promises.keptPercent(this.promises);
		}

	}

	/**
	 * The page.
	 *
	 * @param agency the township
	 * @param path its region path
	 * @param reports its public reports, newest first
	 * @param comparisons year-over-year views, newest first
	 * @param lastModified newest publication, for conditional requests
	 */
	record Page(AgencyDirectory.Node agency, List<AgencyDirectory.Node> path, List<YearReport> reports,
			List<YearOverYear> comparisons, Instant lastModified) {
	}

	@Transactional(readOnly = true)
	Optional<Page> page(String code) {
		return this.directory.byCode(code).map((agency) -> {
			List<ReportEdition> shown = this.editions.findByReportAgencyIdAndStateInOrderByReportYearDesc(agency.id(),
					List.of(EditionState.PUBLISHED, EditionState.WITHDRAWN));
			List<YearReport> reports = shown.stream()
				.map((e) -> new YearReport(e.getReport().getId(), e.getReport().getYear(), e.getTitle(),
						e.getReport().getIndexNumber(), e.getPublishedAt(), e.getState() == EditionState.WITHDRAWN))
				.toList();
			Map<Integer, ReportEdition> published = shown.stream()
				.filter((e) -> e.getState() == EditionState.PUBLISHED)
				.collect(Collectors.toMap((e) -> e.getReport().getYear(), Function.identity(), (a, b) -> a));
			List<Promises.Pair> pairs = new ArrayList<>();
			for (ReportEdition current : published.values()) {
				ReportEdition previous = published.get(current.getReport().getYear() - 1);
				if (previous != null) {
					pairs.add(new Promises.Pair(previous, current));
				}
			}
			// Every year's promises at once: the reviewers' corrections read in one
			// query.
			List<List<Assessment.Promise>> tracked = this.promises.trackAll(pairs);
			List<YearOverYear> comparisons = new ArrayList<>();
			for (int i = 0; i < pairs.size(); i++) {
				comparisons.add(compare(pairs.get(i).previous(), pairs.get(i).current(), tracked.get(i)));
			}
			comparisons.sort((a, b) -> Integer.compare(b.year(), a.year()));
			Instant lastModified = shown.stream()
				.map((e) -> (e.getWithdrawnAt() != null) ? e.getWithdrawnAt() : e.getPublishedAt())
				.filter(Objects::nonNull)
				.max(Instant::compareTo)
				.orElse(Instant.EPOCH);
			return new Page(agency, this.directory.path(agency.id()), reports, comparisons, lastModified);
		});
	}

	private static YearOverYear compare(ReportEdition previous, ReportEdition current,
			List<Assessment.Promise> promises) {
		Optional<ReportSection> plans = previous.section(SectionKind.NEXT_YEAR_PLANS);
		Optional<ReportSection> measures = current.section(SectionKind.MEASURES);
		Optional<ReportSection> problems = current.section(SectionKind.PROBLEMS);
		return new YearOverYear(current.getReport().getYear(), heading(plans), paragraphs(plans), heading(measures),
				paragraphs(measures), heading(problems), paragraphs(problems), promises);
	}

	private static String heading(Optional<ReportSection> section) {
		return section.map(ReportSection::getHeading).orElse("");
	}

	private static List<String> paragraphs(Optional<ReportSection> section) {
		return section.map((s) -> Paragraphs.split(s.getBody())).orElse(List.of());
	}

}
