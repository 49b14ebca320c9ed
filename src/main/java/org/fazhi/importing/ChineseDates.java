package org.fazhi.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates and years as Chinese documents write them: 2024年1月11日, 二〇二四年一月十一日,
 * 2024-01-11, 2024.1.11, 2024/1/11.
 */
public final class ChineseDates {

	private static final String DIGITS = "〇零一二三四五六七八九";

	private static final Pattern CHINESE_DATE = Pattern
		.compile("([0-9〇零一二三四五六七八九]{4})\\s*年\\s*([0-9一二三四五六七八九十]{1,3})\\s*月\\s*([0-9一二三四五六七八九十]{1,3})\\s*日");

	private static final Pattern NUMERIC_DATE = Pattern
		.compile("((?:19|20)\\d{2})\\s*[-./]\\s*(\\d{1,2})\\s*[-./]\\s*(\\d{1,2})");

	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})\\s*年");

	private ChineseDates() {
	}

	/**
	 * The first date in {@code text}.
	 */
	public static Optional<LocalDate> find(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String folded = TextForms.fold(text);
		Matcher chinese = CHINESE_DATE.matcher(folded);
		if (chinese.find()) {
			return date(number(chinese.group(1)), number(chinese.group(2)), number(chinese.group(3)));
		}
		Matcher numeric = NUMERIC_DATE.matcher(folded);
		if (numeric.find()) {
			return date(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)),
					Integer.parseInt(numeric.group(3)));
		}
		return Optional.empty();
	}

	/**
	 * Whether the whole line is one date, perhaps in brackets.
	 */
	static boolean isDateLine(String line) {
		String folded = TextForms.fold(line).replaceAll("[\\s()（）]", "");
		Matcher chinese = CHINESE_DATE.matcher(folded);
		Matcher numeric = NUMERIC_DATE.matcher(folded);
		return (chinese.matches() || numeric.matches()) && find(folded).isPresent();
	}

	/**
	 * The first plausible year written with 年 in {@code text}.
	 */
	static Optional<Integer> year(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = YEAR.matcher(TextForms.fold(text));
		while (matcher.find()) {
			int year = number(matcher.group(1));
			if (year >= 1990 && year <= 2100) {
				return Optional.of(year);
			}
		}
		return Optional.empty();
	}

	/**
	 * Arabic digits, digit-by-digit Chinese numerals (二〇二四) or counting numerals up to 99
	 * (十一, 二十一).
	 */
	static int number(String text) {
		if (text.chars().allMatch(Character::isDigit) && text.chars().allMatch((c) -> c < 128)) {
			return Integer.parseInt(text);
		}
		if (text.indexOf('十') < 0) {
			int value = 0;
			for (char c : text.toCharArray()) {
				int digit = DIGITS.indexOf(c);
				value = value * 10 + ((digit == 0) ? 0 : Math.max(digit - 1, 0));
			}
			return value;
		}
		int ten = text.indexOf('十');
		int tens = (ten == 0) ? 1 : DIGITS.indexOf(text.charAt(0)) - 1;
		int ones = (ten == text.length() - 1) ? 0 : DIGITS.indexOf(text.charAt(ten + 1)) - 1;
		return tens * 10 + ones;
	}

	private static Optional<LocalDate> date(int year, int month, int day) {
		try {
			return Optional.of(LocalDate.of(year, month, day));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
