package org.fazhi.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fazhi.agency.AgencyDirectory;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.assistant.Assessment;
import org.fazhi.assistant.Promises;
import org.fazhi.report.Deadlines;
import org.fazhi.report.EditionState;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportingCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's years at a glance: for each of the last five report years, how many of its
 * townships made their report public on time, late or not at all, and how many of the
 * promises of each year's report the next year's report accounts for.
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

	YearStatistics(AgencyDirectory directory, ReportEditionRepository editions, Deadlines deadlines,
			ReportingCalendar calendar, Promises promises) {
		this.promises = promises;
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
	 */
	record YearRow(int year, int townships, int onTime, int late, int missing, LocalDate due, int promises, int kept) {

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
	 * The page.
	 *
	 * @param region the region, or {@code null} for every region
	 * @param rows the years, oldest first
	 * @param promisesShown whether promise figures were worked out (small enough region)
	 */
	record Statistics(AgencyDirectory.Node region, List<YearRow> rows, boolean promisesShown) {
	}

	@Transactional(readOnly = true)
	Statistics of(AgencyDirectory.Node region) {
		List<Long> townships = townships(region);
		int last = this.calendar.dueYear();
		int first = last - YEARS + 1;
		Map<String, Instant> published = new HashMap<>();
		if (!townships.isEmpty()) {
			for (Object[] row : this.editions.findFirstPublications(townships, first, last)) {
				published.put(row[0] + "/" + row[1], (Instant) row[2]);
			}
		}
		boolean promisesShown = !townships.isEmpty() && townships.size() <= MAX_TOWNSHIPS_FOR_PROMISES;
		Map<Integer, int[]> counted = promisesShown ? promises(townships, first, last) : Map.of();
		LocalDate today = this.calendar.today();
		List<YearRow> rows = new ArrayList<>();
		for (int year = first; year <= last; year++) {
			LocalDate due = this.deadlines.publicationDue(year);
			int onTime = 0;
			int late = 0;
			for (Long township : townships) {
				Instant at = published.get(township + "/" + year);
				if (at != null) {
					LocalDate day = LocalDate.ofInstant(at, this.calendar.zone());
					if (Deadlines.isLate(day, due, today)) {
						late++;
					}
					else {
						onTime++;
					}
				}
			}
			int[] promised = counted.getOrDefault(year, new int[2]);
			rows.add(new YearRow(year, townships.size(), onTime, late, townships.size() - onTime - late, due,
					promised[0], promised[1]));
		}
		return new Statistics(region, rows, promisesShown);
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

	/**
	 * For each year, the promises of the year before and how many this year's report
	 * accounts for, where a township's reports of both years are public.
	 */
	private Map<Integer, int[]> promises(List<Long> townships, int first, int last) {
		Map<String, ReportEdition> byTownshipYear = new HashMap<>();
		for (ReportEdition edition : this.editions.findByAgenciesYearsAndState(townships, first - 1, last,
				EditionState.PUBLISHED)) {
			byTownshipYear.put(edition.getReport().getAgency().getId() + "/" + edition.getReport().getYear(), edition);
		}
		Map<Integer, int[]> counts = new HashMap<>();
		for (Long township : townships) {
			for (int year = first; year <= last; year++) {
				ReportEdition previous = byTownshipYear.get(township + "/" + (year - 1));
				ReportEdition current = byTownshipYear.get(township + "/" + year);
				if (previous != null && current != null) {
					List<Assessment.Promise> tracked = this.promises.track(previous, current);
					int[] count = counts.computeIfAbsent(year, (y) -> new int[2]);
					count[0] += tracked.size();
					count[1] += (int) tracked.stream().filter(Assessment.Promise::kept).count();
				}
			}
		}
		return counts;
	}

}
