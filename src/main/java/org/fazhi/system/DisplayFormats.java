package org.fazhi.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Date formats for templates ({@code ${@fmt.date(x)}}): dates as YYYY-MM-DD as disclosure
 * pages write them, times in the service's zone.
 */
@Component("fmt")
public class DisplayFormats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Clock clock;

	private final Messages messages;

	DisplayFormats(Clock clock, Messages messages) {
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * A date as official documents write it, e.g. 2024年1月16日.
	 */
	public String chineseDate(LocalDate date) {
		if (date == null) {
			return "";
		}
		return this.messages.text("docx.date", Integer.toString(date.getYear()), Integer.toString(date.getMonthValue()),
				Integer.toString(date.getDayOfMonth()));
	}

	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(this.clock.getZone())) : "";
	}

	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(this.clock.getZone())) : "";
	}

}
