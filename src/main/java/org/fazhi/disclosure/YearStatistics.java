package org.fazhi.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyDirectory;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.assistant.Assessment;
import org.fazhi.assistant.Promises;
import org.fazhi.assistant.Scores;
import org.fazhi.report.Deadlines;
import org.fazhi.report.EditionState;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportingCalendar;
import org.fazhi.report.SubmissionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's years at a glance: for each of the last five report years, how many of its
 * townships made their report public on time, late or not at all, the public reports'
 * average check score, how many of the promises of each year's report the next year's
 * report accounts for, each township's years, and the problems the reports name.
 */
@Service
class YearStatistics {

	/** Width of a full bar in the charts' coordinates. */
	static final double BAR_WIDTH = 480;

	/** Years shown, the due year the last. */
	static final int YEARS = 5;

	/**
	 * Promise matching reads every report; beyond this many townships the page asks for a
	 * smaller region instead, so that no request costs more than a normal page.
	 */
	static final int MAX_TOWNSHIPS_FOR_PROMISES = 200;

	private final AgencyDirectory directory;

	private final ReportEditionRepository editions;

	private final Deadlines deadlines;

	private final ReportingCalendar calendar;

	private final Promises promises;

	private final Scores scores;

	private final ProblemStatistics problems;

	private final SubmissionRepository submissions;

	private final AgencyRepository agencies;

	YearStatistics(AgencyDirectory directory, ReportEditionRepository editions, Deadlines deadlines,
			ReportingCalendar calendar, Promises promises, Scores scores, ProblemStatistics problems,
			SubmissionRepository submissions, AgencyRepository agencies) {
		this.submissions = submissions;
		this.agencies = agencies;
		this.promises = promises;
		this.scores = scores;
		this.problems = problems;
		this.directory = directory;
		this.editions = editions;
		this.deadlines = deadlines;
		this.calendar = calendar;
	}

	/**
	 * One report year.
	 *
	 * @param year the year reported on
	 * @param townships townships in the region
	 * @param onTime made public by the deadline
	 * @param late made public after it
	 * @param missing not public (and the deadline has passed or not, see {@code due})
	 * @param due the publication deadline
	 * @param promises plan items of the previous year's reports, where both years are
	 * public
	 * @param kept of those, the ones this year's report accounts for
	 * @param scored public reports with a check score
	 * @param averageScore their average score, rounded; 0 when none
	 */
	record YearRow(int year, int townships, int onTime, int late, int missing, LocalDate due, int promises, int kept,
			int scored, int averageScore) {

		public long scoreWidth() {
			return Math.round(BAR_WIDTH * this.averageScore / 100.0);
		}

		/**
		 * The chart's bar width for {@code count} of the townships (the chart is 480
		 * wide).
		 */
		public long width(int count) {
			return (this.townships == 0) ? 0 : Math.round(BAR_WIDTH * count / (double) this.townships);
		}

		public long keptWidth() {
			return Math.round(BAR_WIDTH * keptPercent() / 100.0);
		}

		public int onTimePercent() {
			return percent(this.onTime, this.townships);
		}

		public int keptPercent() {
			return percent(this.kept, this.promises);
		}

		private static int percent(int part, int whole) {
			return (whole == 0) ? 0 : (int) Math.round(part * 100.0 / whole);
		}

	}

	/**
	 * One township's years.
	 *
	 * @param name the township's full name
	 * @param code its unified code
	 * @param cells its years, oldest first
	 */
	record TownshipRow(String name, String code, List<Cell> cells) {
	}

	/**
	 * One township's year.
	 *
	 * @param year report year
	 * @param status {@code onTime}, {@code late}, {@code missing} (due and not public) or
	 * {@code notDue}
	 * @param reportId the public report, or {@code null}
	 * @param score its check score, or {@code null}
	 * @param keptPercent the share of last year's promises it accounts for, or
	 * {@code null} when there is no pair of public reports to compare
	 */
	record Cell(int year, String status, Long reportId, Integer score, Integer keptPercent, String submitted) {

		public String statusKey() {
			return "stats.status." + this.status;
		}

		/**
		 * How it went to the county, for reviewers and admins; {@code null} for the
		 * public.
		 */
		public String submittedKey() {
			return (this.submitted != null) ? "stats.submitted." + this.submitted : null;
		}

	}

	/**
	 * The page.
	 *
	 * @param region the region, or {@code null} for every region
	 * @param rows the years, oldest first
	 * @param detailShown whether the figures that read every report (promises, scores,
	 * problems, the township table) were worked out: a small enough region
	 * @param townships each township's years, when shown
	 * @param problems the problems the reports name, when shown
	 */
	record Statistics(AgencyDirectory.Node region, List<YearRow> rows, boolean detailShown, List<TownshipRow> townships,
			ProblemStatistics.Problems problems) {

		/** For the template and CSV written before the township table. */
		public boolean promisesShown() {
			return this.detailShown;
		}

		public List<Integer> years() {
			return this.rows.stream().map(YearRow::year).toList();
		}

	}

	@Transactional(readOnly = true)
	Statistics of(AgencyDirectory.Node region) {
		return of(region, false);
	}

	/**
	 * @param submissions whether to say how each township's report went to the county (on
	 * time, late, not yet): for the county's reviewers and admins, not the public
	 */
	@Transactional(readOnly = true)
	Statistics of(AgencyDirectory.Node region, boolean submissions) {
		List<Long> townships = townships(region);
		int last = this.calendar.dueYear();
		int first = last - YEARS + 1;
		Map<String, Instant> published = new HashMap<>();
		if (!townships.isEmpty()) {
			for (Object[] row : this.editions.findFirstPublications(townships, first, last)) {
				published.put(row[0] + "/" + row[1], (Instant) row[2]);
			}
		}
		boolean detailShown = !townships.isEmpty() && townships.size() <= MAX_TOWNSHIPS_FOR_PROMISES;
		Map<String, ReportEdition> publicNow = detailShown ? publicNow(townships, first - 1, last) : Map.of();
		Map<String, List<Assessment.Promise>> tracked = track(publicNow, townships, first, last);
		Map<Long, Integer> scores = this.scores.of(publicNow.values().stream().map(ReportEdition::getId).toList());
		Map<String, Instant> submitted = new HashMap<>();
		Map<Long, Agency> agencies = new HashMap<>();
		if (submissions && detailShown) {
			for (Object[] row : this.submissions.firstSubmissionsByAgencyAndYear(townships, first, last)) {
				submitted.put(row[0] + "/" + row[1], (Instant) row[2]);
			}
			this.agencies.findAllById(townships).forEach((agency) -> agencies.put(agency.getId(), agency));
		}
		LocalDate today = this.calendar.today();
		List<YearRow> rows = new ArrayList<>();
		Map<Long, List<Cell>> cells = new HashMap<>();
		for (int year = first; year <= last; year++) {
			LocalDate due = this.deadlines.publicationDue(year);
			int onTime = 0;
			int late = 0;
			int promised = 0;
			int kept = 0;
			List<Integer> yearScores = new ArrayList<>();
			for (Long township : townships) {
				String key = township + "/" + year;
				Instant at = published.get(key);
				String status;
				if (at != null) {
					boolean isLate = Deadlines.isLate(LocalDate.ofInstant(at, this.calendar.zone()), due, today);
					status = isLate ? "late" : "onTime";
					late += isLate ? 1 : 0;
					onTime += isLate ? 0 : 1;
				}
				else {
					status = Deadlines.isLate(null, due, today) ? "missing" : "notDue";
				}
				ReportEdition edition = publicNow.get(key);
				Integer score = (edition != null) ? scores.get(edition.getId()) : null;
				if (score != null) {
					yearScores.add(score);
				}
				List<Assessment.Promise> promises = tracked.get(key);
				if (promises != null) {
					promised += promises.size();
					kept += (int) promises.stream().filter(Assessment.Promise::kept).count();
				}
				String submission = null;
				Agency agency = agencies.get(township);
				if (agency != null) {
					LocalDate submissionDue = this.deadlines.submissionDue(agency, year);
					Instant sent = submitted.get(key);
					LocalDate sentOn = (sent != null) ? LocalDate.ofInstant(sent, this.calendar.zone()) : null;
					submission = (sent == null && !Deadlines.isLate(null, submissionDue, today)) ? "notDue"
							: (sent == null) ? "missing"
									: Deadlines.isLate(sentOn, submissionDue, today) ? "late" : "onTime";
				}
				cells.computeIfAbsent(township, (t) -> new ArrayList<>())
					.add(new Cell(year, status, (edition != null) ? edition.getReport().getId() : null, score,
							(promises != null && !promises.isEmpty()) ? Promises.keptPercent(promises) : null,
							submission));
			}
			int average = (int) Math.round(yearScores.stream().mapToInt(Integer::intValue).average().orElse(0));
			rows.add(new YearRow(year, townships.size(), onTime, late, townships.size() - onTime - late, due, promised,
					kept, yearScores.size(), average));
		}
		List<TownshipRow> townshipRows = new ArrayList<>();
		List<Integer> years = rows.stream().map(YearRow::year).toList();
		ProblemStatistics.Problems problems = null;
		if (detailShown) {
			for (Long township : townships) {
				this.directory.byId(township)
					.ifPresent((node) -> townshipRows
						.add(new TownshipRow(node.fullName(), node.code(), cells.get(township))));
			}
			townshipRows.sort(Comparator.comparing(TownshipRow::code));
			problems = this.problems.of(List.copyOf(publicNow.values()), years);
		}
		return new Statistics(region, rows, detailShown, townshipRows, problems);
	}

	/**
	 * The listed problems behind one figure of the problems tables, for a region small
	 * enough to read.
	 */
	@Transactional(readOnly = true)
	Optional<List<ProblemStatistics.Example>> problemExamples(AgencyDirectory.Node region, Long topicId, String phrase,
			Integer year) {
		List<Long> townships = townships(region);
		if (townships.isEmpty() || townships.size() > MAX_TOWNSHIPS_FOR_PROMISES) {
			return Optional.empty();
		}
		int last = this.calendar.dueYear();
		int first = last - YEARS + 1;
		List<Integer> years = new ArrayList<>();
		for (int y = first; y <= last; y++) {
			years.add(y);
		}
		return Optional.of(this.problems.examples(List.copyOf(publicNow(townships, first, last).values()), years,
				topicId, phrase, year));
	}

	private List<Long> townships(AgencyDirectory.Node region) {
		List<Long> townships = new ArrayList<>();
		List<AgencyDirectory.Node> roots = (region != null) ? List.of(region) : this.directory.roots();
		for (AgencyDirectory.Node root : roots) {
			Set<Long> below = this.directory.selfAndDescendants(root.id());
			for (Long id : below) {
				this.directory.byId(id)
					.filter((node) -> node.level() == AgencyLevel.TOWNSHIP)
					.ifPresent((node) -> townships.add(node.id()));
			}
		}
		return townships;
	}

	/** The editions public now, by township and year. */
	private Map<String, ReportEdition> publicNow(List<Long> townships, int from, int to) {
		Map<String, ReportEdition> byTownshipYear = new HashMap<>();
		for (ReportEdition edition : this.editions.findByAgenciesYearsAndState(townships, from, to,
				EditionState.PUBLISHED)) {
			byTownshipYear.put(edition.getReport().getAgency().getId() + "/" + edition.getReport().getYear(), edition);
		}
		return byTownshipYear;
	}

	/**
	 * For each township and year, last year's promises and whether this year's report
	 * accounts for each, where both years are public.
	 */
	private Map<String, List<Assessment.Promise>> track(Map<String, ReportEdition> publicNow, List<Long> townships,
			int first, int last) {
		List<String> keys = new ArrayList<>();
		List<Promises.Pair> pairs = new ArrayList<>();
		for (Long township : townships) {
			for (int year = first; year <= last; year++) {
				ReportEdition previous = publicNow.get(township + "/" + (year - 1));
				ReportEdition current = publicNow.get(township + "/" + year);
				if (previous != null && current != null) {
					keys.add(township + "/" + year);
					pairs.add(new Promises.Pair(previous, current));
				}
			}
		}
		Map<String, List<Assessment.Promise>> tracked = new HashMap<>();
		List<List<Assessment.Promise>> all = this.promises.trackAll(pairs);
		for (int i = 0; i < keys.size(); i++) {
			tracked.put(keys.get(i), all.get(i));
		}
		return tracked;
	}

}
