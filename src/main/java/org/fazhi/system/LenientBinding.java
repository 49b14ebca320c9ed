package org.fazhi.system;

import java.beans.PropertyEditorSupport;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Values nobody types (ids, versions, checkboxes: hidden or fixed fields) that arrive
 * unconvertible could only come from a tampered request; they become empty, which the
 * forms' own checks then report, rather than making the form record impossible to build
 * and show again. Dates are read in the ways people write them (2024-01-05, 2024/1/5,
 * 2024年1月5日) for browsers without a date picker; anything else is reported as a format
 * error on the field, as are numbers people type.
 */
@ControllerAdvice
class LenientBinding {

	private static final Pattern DATE = Pattern
		.compile("\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*");

	@InitBinder
	void lenient(WebDataBinder binder) {
		binder.registerCustomEditor(Long.class, new Lenient(Long::valueOf));
		binder.registerCustomEditor(LocalDate.class, new Dates());
		binder.registerCustomEditor(Boolean.class, new Lenient((text) -> switch (text.toLowerCase()) {
			case "true", "on", "yes", "1" -> Boolean.TRUE;
			case "false", "off", "no", "0" -> Boolean.FALSE;
			default -> null;
		}));
	}

	static LocalDate date(String text) {
		Matcher matcher = DATE.matcher(text);
		if (!matcher.matches()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static final class Dates extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text == null || text.isBlank()) {
				setValue(null);
				return;
			}
			LocalDate date = date(text);
			if (date == null) {
				throw new IllegalArgumentException("Not a date: " + text);
			}
			setValue(date);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

	private static final class Lenient extends PropertyEditorSupport {

		private final Function<String, Object> parse;

		Lenient(Function<String, Object> parse) {
			this.parse = parse;
		}

		@Override
		public void setAsText(String text) {
			if (text == null || text.isBlank()) {
				setValue(null);
				return;
			}
			try {
				setValue(this.parse.apply(text.strip()));
			}
			catch (RuntimeException ex) {
				setValue(null);
			}
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}
