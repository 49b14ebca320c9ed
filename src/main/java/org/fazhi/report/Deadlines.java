package org.fazhi.report;

import java.time.LocalDate;
import java.time.MonthDay;

import org.fazhi.agency.Agency;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The two deadlines of a report year: submission to the county (by default 1 March of the
 * following year, overridable per county) and publication, which must happen before 1
 * April of the following year.
 *
 * @param submission default submission deadline, MM-DD of the following year
 * @param publication first day on which publication is late, MM-DD of the following year
 */
@ConfigurationProperties("fazhi.deadlines")
public record Deadlines(String submission, String publication) {

	public Deadlines {
		parse(submission);
		parse(publication);
	}

	/**
	 * Last day for the township to submit its report on {@code year}.
	 */
	public LocalDate submissionDue(Agency township, int year) {
		Agency county = township.overseeingCounty();
		MonthDay day = (county != null) ? county.getSubmissionDeadline().orElse(parse(this.submission))
				: parse(this.submission);
		return day.atYear(year + 1);
	}

	/**
	 * Last day on which publishing the report on {@code year} is still on time.
	 */
	public LocalDate publicationDue(int year) {
		return parse(this.publication).atYear(year + 1).minusDays(1);
	}

	/**
	 * Late against {@code due}: done after it, or not done and today is past it. The one
	 * rule the review queue and the compliance board both apply, to the same record.
	 * @param done the day it was done (first submitted, first published), or {@code null}
	 */
	public static boolean isLate(LocalDate done, LocalDate due, LocalDate today) {
		return (done != null) ? done.isAfter(due) : today.isAfter(due);
	}

	static MonthDay parse(String monthDay) {
		return MonthDay.parse("--" + monthDay);
	}

}
