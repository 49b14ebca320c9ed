package org.fazhi.report;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.agency.Agency;

/**
 * 索引号 {@code {agency code}/{year}-{NNNNN}}: the agency's 18-character unified social
 * credit code (or, on pages older than that code, its 9-character organisation code), the
 * year of first publication and a 5-digit serial within that agency and year.
 *
 * @param agencyCode the unified code, or an older organisation code
 * @param year the publication year
 * @param serial the serial, 1 to {@value #MAX_SERIAL}
 */
public record IndexNumber(String agencyCode, int year, int serial) {

	/** Five digits: the largest serial an agency can give in one year. */
	public static final int MAX_SERIAL = 99_999;

	private static final Pattern FORMAT = Pattern.compile("^([0-9A-Z]{9}|[0-9A-Z]{18})/(\\d{4})-(\\d{5})$");

	public IndexNumber {
		if (serial < 1 || serial > MAX_SERIAL) {
			throw new IllegalArgumentException(
					"Index serials for " + agencyCode + " in " + year + " run from 1 to " + MAX_SERIAL);
		}
	}

	/**
	 * The index number written in {@code text}, ignoring spaces and letter case.
	 * @return empty when it is not in the format
	 */
	public static Optional<IndexNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = FORMAT.matcher(text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
		if (!matcher.matches() || Integer.parseInt(matcher.group(3)) < 1) {
			return Optional.empty();
		}
		return Optional.of(new IndexNumber(matcher.group(1), Integer.parseInt(matcher.group(2)),
				Integer.parseInt(matcher.group(3))));
	}

	/**
	 * Whether the number is in {@code agency}'s own series (its unified code).
	 */
	public boolean isSeriesOf(Agency agency) {
		return this.agencyCode.equals(agency.getUnifiedCode());
	}

	/**
	 * Whether the number names another agency's unified code (an older 9-character
	 * organisation code cannot be checked, and is accepted).
	 */
	public boolean namesAnotherAgency(Agency agency) {
		return this.agencyCode.length() == 18 && !isSeriesOf(agency);
	}

	@Override
	public String toString() {
		return "%s/%d-%05d".formatted(this.agencyCode, this.year, this.serial);
	}

}
