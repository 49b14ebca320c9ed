package org.fazhi.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The checks run before submission: blocking problems (the report is incomplete) and
 * warnings (something looks wrong; the clerk may submit after confirming). The reviewer
 * sees the same checks.
 */
@Component
public class SubmissionChecks {

	private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");

	/**
	 * A part is "much shorter" than last year's when it has less than this share of it.
	 */
	private static final double SHORT_RATIO = 0.5;

	/** Last year's part must have had at least this many characters for a comparison. */
	private static final int SHORT_BASELINE = 300;

	private final ReportEditionRepository editions;

	private final ReportSettings settings;

	private final Deadlines deadlines;

	private final Clock clock;

	private final ReportingCalendar calendar;

	SubmissionChecks(ReportEditionRepository editions, ReportSettings settings, Deadlines deadlines, Clock clock,
			ReportingCalendar calendar) {
		this.calendar = calendar;
		this.editions = editions;
		this.settings = settings;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	/**
	 * The outcome of the checks.
	 *
	 * @param blocking problems that prevent submission
	 * @param warnings problems the clerk must confirm before submitting
	 */
	public record Result(List<Problem> blocking, List<Problem> warnings) {

		public boolean passes() {
			return this.blocking.isEmpty();
		}

	}

	public Result check(ReportEdition edition) {
		return new Result(blocking(edition), warnings(edition));
	}

	/**
	 * The checks for the clerk about to submit: also refused when the state does not
	 * allow submission.
	 */
	public Result checkForSubmission(ReportEdition edition) {
		if (!ReportWorkflow.allows(edition.getState(), WorkflowVerb.SUBMIT)) {
			return new Result(List.of(Problem.of("submit.problem.state")), List.of());
		}
		return check(edition);
	}

	/**
	 * What keeps the content from being submitted, whatever the edition's state (the
	 * reviewer sees the same list).
	 */
	List<Problem> blocking(ReportEdition edition) {
		List<Problem> problems = new ArrayList<>();
		for (SectionKind kind : SectionKind.values()) {
			int length = edition.section(kind).map(ReportSection::characterCount).orElse(0);
			if (kind.isRequired() && length < this.settings.minPartLength()) {
				problems.add(new Problem("submit.problem.partTooShort", kind, this.settings.minPartLength()));
			}
		}
		if (isBlank(edition.getTitle())) {
			problems.add(Problem.of("submit.problem.title"));
		}
		if (isBlank(edition.getSigningAgency())) {
			problems.add(Problem.of("submit.problem.signingAgency"));
		}
		if (edition.getDateWritten() == null) {
			problems.add(Problem.of("submit.problem.dateWritten"));
		}
		else if (this.calendar.isTooFarAhead(edition.getDateWritten())) {
			problems.add(new Problem("submit.problem.dateInFuture", null, this.calendar.latestDateWritten()));
		}
		if (edition.isCorrection() && isBlank(edition.getCorrectionNote())) {
			problems.add(Problem.of("submit.problem.correctionNote"));
		}
		return problems;
	}

	List<Problem> warnings(ReportEdition edition) {
		int year = edition.getReport().getYear();
		List<Problem> warnings = new ArrayList<>();
		otherYear(edition.getTitle(), year)
			.ifPresent((y) -> warnings.add(new Problem("submit.warning.titleYear", null, y)));
		Optional<ReportEdition> previous = this.editions.findPublished(edition.getReport().getAgency().getId(),
				year - 1);
		for (ReportSection section : edition.getSections()) {
			SectionKind kind = section.getKind();
			int expected = (kind == SectionKind.NEXT_YEAR_PLANS) ? year + 1 : year;
			if (kind != SectionKind.OTHER) {
				otherYear(section.getHeading(), expected)
					.ifPresent((y) -> warnings.add(new Problem("submit.warning.headingYear", kind, y)));
			}
			if (kind == SectionKind.NEXT_YEAR_PLANS) {
				if (names(section.getBody(), year) && !names(section.getBody(), year + 1)) {
					warnings.add(new Problem("submit.warning.plansNameReportYear", kind, year));
				}
			}
			else if (kind != SectionKind.OTHER) {
				laterYear(section.getBody(), year)
					.ifPresent((y) -> warnings.add(new Problem("submit.warning.bodyLaterYear", kind, y)));
			}
			previous.flatMap((p) -> p.section(kind)).ifPresent((before) -> {
				int was = before.characterCount();
				if (was >= SHORT_BASELINE && section.characterCount() > 0
						&& section.characterCount() < was * SHORT_RATIO) {
					warnings.add(new Problem("submit.warning.muchShorter", kind, was));
				}
			});
		}
		LocalDate due = this.deadlines.submissionDue(edition.getReport().getAgency(), year);
		if (LocalDate.now(this.clock).isAfter(due)) {
			warnings.add(new Problem("submit.warning.late", null, due));
		}
		if (edition.getTopics().isEmpty()) {
			warnings.add(Problem.of("submit.warning.noTopics"));
		}
		return warnings;
	}

	/**
	 * The first year named in {@code text} that is not {@code expected}.
	 */
	private static Optional<Integer> otherYear(String text, int expected) {
		return years(text).stream().filter((y) -> y != expected).findFirst();
	}

	private static Optional<Integer> laterYear(String text, int year) {
		return years(text).stream().filter((y) -> y > year).findFirst();
	}

	private static boolean names(String text, int year) {
		return years(text).contains(year);
	}

	private static List<Integer> years(String text) {
		List<Integer> years = new ArrayList<>();
		if (text != null) {
			Matcher m = YEAR.matcher(text);
			while (m.find()) {
				years.add(Integer.parseInt(m.group(1)));
			}
		}
		return years;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
