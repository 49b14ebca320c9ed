package org.fazhi.filing;

import java.time.LocalDate;

import org.fazhi.report.ReportingCalendar;
import org.fazhi.system.DisplayFormats;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The 成文日期 a form gives may not lie further ahead than {@link ReportingCalendar} allows:
 * the metadata form and the import preview both ask here, and the error names the latest
 * date allowed.
 */
@Component
class DateWrittenCheck {

	/** The form field both forms use. */
	static final String FIELD = "dateWritten";

	private final ReportingCalendar calendar;

	private final DisplayFormats formats;

	DateWrittenCheck(ReportingCalendar calendar, DisplayFormats formats) {
		this.calendar = calendar;
		this.formats = formats;
	}

	void check(LocalDate dateWritten, Errors errors) {
		if (this.calendar.isTooFarAhead(dateWritten)) {
			errors.rejectValue(FIELD, "dateWritten.tooFarAhead",
					new Object[] { this.formats.chineseDate(this.calendar.latestDateWritten()),
							ReportingCalendar.DATE_WRITTEN_LEEWAY.getDays() },
					null);
		}
	}

}
