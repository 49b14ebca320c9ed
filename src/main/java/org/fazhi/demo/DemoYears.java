package org.fazhi.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The five report years (2021–2025) of every demo township, written by
 * {@link ReportWriter} where no hand-written demo report stands: each township's year
 * starts from its report of the year before, and each township has a habit a county would
 * recognise — most file on time and keep their promises, one copies last year's text, one
 * quietly drops its plans, one is always late, some are returned once and resubmitted,
 * and one still has an unsent draft with a phone number and an ID number in it. The same
 * township always gets the same years.
 */
final class DemoYears {

	/** First report year the demo covers. */
	static final int FIRST = 2021;

	/** Last report year the demo covers. */
	static final int LAST = 2025;

	/**
	 * A township's habit.
	 */
	enum Habit {

		/** On time, concrete, keeps most promises. */
		DILIGENT,
		/** Copies much of last year's measures from 2023 on. */
		COPIES,
		/** Promises much and reports on little; plans vague. */
		DROPS_PROMISES,
		/** Submits after 1 March, published after 1 April. */
		LATE,
		/** Returned once each year and resubmitted. */
		RETURNED,
		/** Like the diligent, but this year's report is still an unsent draft. */
		DRAFTING

	}

	/**
	 * One demo township.
	 *
	 * @param code its unified code
	 * @param shortName short name
	 * @param fullName full name
	 * @param county the county's short name
	 * @param clerk its clerk's login
	 * @param reviewer its county reviewer's login
	 * @param habit how it files
	 */
	record Township(String code, String shortName, String fullName, String county, String clerk, String reviewer,
			Habit habit) {
	}

	/**
	 * When a written year moves through the workflow.
	 *
	 * @param submitted first sent to the county
	 * @param returned returned for changes, or {@code null}
	 * @param returnReason the reviewer's reason
	 * @param resubmitted sent again after the return, or {@code null}
	 * @param published made public, or {@code null} (still with the county, or a draft
	 * when {@code submitted} is {@code null} too)
	 */
	record Timeline(LocalDateTime submitted, LocalDateTime returned, String returnReason, LocalDateTime resubmitted,
			LocalDateTime published) {
	}

	/**
	 * One written year.
	 *
	 * @param township the township
	 * @param report what it wrote
	 * @param number 文号, or {@code null}
	 * @param timeline what happened to it
	 * @param slip a paragraph a careful clerk would not publish, added to the measures
	 * (the draft's phone and ID number), or {@code null}
	 */
	record Year(Township township, WrittenReport report, String number, Timeline timeline, String slip) {
	}

	/** Returned for changes with this reason, in the reviewer's words. */
	static final String RETURN_REASON = "第三部分未写明主要负责人履行推进法治建设第一责任人职责的具体情况，请补充专题会议、带头学法和述法的次数与内容后重新报送。";

	/** The draft's slip: a complainant's ID number and mobile number left in. */
	static final String SLIP = "（四）信访事项办理。受理群众来信来访27件，均按期办结。其中举报人王某反映的宅基地纠纷（举报人身份证号410423198705127618，联系电话13937512345）经镇村两级调解已达成协议。";

	private final ReportWriter writer;

	DemoYears(ReportWriter writer) {
		this.writer = writer;
	}

	/**
	 * The township's years, oldest first, leaving out the years in {@code handWritten}.
	 */
	List<Year> write(Township township, int index, List<Integer> handWritten) {
		List<Year> years = new ArrayList<>();
		WrittenReport previous = null;
		for (int year = FIRST; year <= LAST; year++) {
			if (handWritten.contains(year)) {
				previous = null;
				continue;
			}
			ReportWriter.Options options = options(township, index, year);
			WrittenReport report = this.writer.write(options, previous);
			String slip = (township.habit() == Habit.DRAFTING && year == LAST) ? SLIP : null;
			years.add(new Year(township, report, number(township, year, index), timeline(township, index, year), slip));
			previous = report;
		}
		return years;
	}

	private static ReportWriter.Options options(Township township, int index, int year) {
		ReportWriter.Options options = ReportWriter.Options
			.typical(township.shortName(), township.fullName(), township.county(), year, 1000L * index + year)
			.withHeadings(
					ReportWriter.HeadingStyle.values()[(index + year) % ReportWriter.HeadingStyle.values().length])
			.withLength(4000 + (index * 1700 + year * 300) % 5000);
		return switch (township.habit()) {
			case COPIES -> options.withPromises(0.6, (year >= 2023) ? 0.8 : 0);
			case DROPS_PROMISES -> options.withPromises(0.2, 0).withConcrete(year < 2023);
			case LATE -> options.withPromises(0.6, 0);
			default -> options.withPromises(0.8, 0);
		};
	}

	/**
	 * A 文号 for most townships; some counties' townships number their reports, some do
	 * not.
	 */
	private static String number(Township township, int year, int index) {
		if (index % 3 == 2) {
			return null;
		}
		return township.shortName().charAt(0) + "政〔" + (year + 1) + "〕" + (2 + (index + year) % 9) + "号";
	}

	private static Timeline timeline(Township township, int index, int year) {
		int due = year + 1;
		int day = 8 + (index * 5 + year) % 18;
		return switch (township.habit()) {
			case LATE -> new Timeline(LocalDateTime.of(due, 3, 10 + index % 5, 17, 20), null, null, null,
					(year == LAST) ? null : LocalDateTime.of(due, 4, 14 + index % 9, 10, 0));
			case RETURNED ->
				new Timeline(LocalDateTime.of(due, 2, day, 16, 30), LocalDateTime.of(due, 2, day + 3, 9, 45),
						RETURN_REASON, LocalDateTime.of(due, 2, Math.min(day + 8, 28), 15, 10),
						LocalDateTime.of(due, 3, 18 + index % 8, 10, 0));
			case DRAFTING -> (year == LAST) ? new Timeline(null, null, null, null, null) : onTime(due, day, index);
			default -> onTime(due, day, index);
		};
	}

	private static Timeline onTime(int due, int day, int index) {
		return new Timeline(LocalDateTime.of(due, 2, day, 16, 30), null, null, null,
				LocalDateTime.of(due, 3, 5 + (index * 3 + due) % 20, 9, 30));
	}

	/** The date the report was signed: before it went to the county. */
	static LocalDate written(Year year) {
		LocalDate written = year.report().dateWritten();
		LocalDateTime sent = year.timeline().submitted();
		return (sent != null && !written.isBefore(sent.toLocalDate())) ? sent.toLocalDate().minusDays(3) : written;
	}

}
