package org.fazhi.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

/**
 * The one home of the rules about report years and dates: which year is due, which years
 * a township may start, how far ahead a 成文日期 may lie. Every page and verb asks here, so
 * the clerk's start page, the review queue, the compliance board and the reminders always
 * agree.
 */
@Component
public class ReportingCalendar {

	/** The first report year the service knows (the regulation dates from 2019). */
	public static final int FIRST_REPORT_YEAR = 2000;

	/**
	 * How far ahead of today a 成文日期 may lie: a report is often dated for the day it will
	 * be signed, a few days after it is finished. Further is a typing error.
	 */
	public static final Period DATE_WRITTEN_LEEWAY = Period.ofDays(3);

	/**
	 * The last month of the filing season: a report is written in the first months after
	 * its year ends (submitted by 1 March, published by 1 April).
	 */
	public static final Month FILING_SEASON_ENDS = Month.APRIL;

	private final Clock clock;

	public ReportingCalendar(Clock clock) {
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The service's time zone, for what must run at a local time (a daily reminder).
	 */
	public ZoneId zone() {
		return this.clock.getZone();
	}

	public int currentYear() {
		return today().getYear();
	}

	/**
	 * The report year that is due: the one on last year. A report covers a whole year, so
	 * all through year Y the report on Y-1 is the one being submitted (by 1 March),
	 * published (by 1 April), chased when late and shown by default.
	 */
	public int dueYear() {
		return currentYear() - 1;
	}

	/**
	 * The years a township may start a report for: the current year and the previous one,
	 * and any year missing between its first report and now; never one it already has.
	 * Newest first.
	 * @param existing years the township already has a report for
	 */
	public List<Integer> startableYears(Collection<Integer> existing) {
		int current = currentYear();
		TreeSet<Integer> years = new TreeSet<>();
		years.add(current);
		years.add(current - 1);
		existing.stream().min(Integer::compare).ifPresent((first) -> {
			for (int y = Math.max(first, FIRST_REPORT_YEAR); y < current; y++) {
				years.add(y);
			}
		});
		years.removeAll(existing);
		return List.copyOf(years.descendingSet());
	}

	/**
	 * The year a report written on {@code written} most likely reports on: the year
	 * before, when written in the filing season; else that same year (a report written
	 * late, or early for a year just ending).
	 */
	public static int yearReportedOn(LocalDate written) {
		return (written.getMonth().compareTo(FILING_SEASON_ENDS) <= 0) ? written.getYear() - 1 : written.getYear();
	}

	/**
	 * Whether a report year is one the service accepts at all (archives included).
	 */
	public boolean isPlausibleYear(int year) {
		return year >= FIRST_REPORT_YEAR && year <= currentYear();
	}

	/**
	 * The years a reviewer's or admin's year filters offer: the due year and ten before
	 * it, and the current year.
	 */
	public List<Integer> recentYears() {
		int current = currentYear();
		return IntStream.iterate(current, (y) -> y >= current - 11, (y) -> y - 1).boxed().toList();
	}

	/**
	 * Whether a 成文日期 lies further ahead than a report can be dated.
	 */
	public boolean isTooFarAhead(LocalDate dateWritten) {
		return dateWritten != null && dateWritten.isAfter(latestDateWritten());
	}

	/**
	 * The latest 成文日期 a report may carry today.
	 */
	public LocalDate latestDateWritten() {
		return today().plus(DATE_WRITTEN_LEEWAY);
	}

}
