package org.fazhi.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The five parts the 2019 regulation asks every annual report to contain, in their
 * standard order. Headings as written vary; the kind is what a part means.
 */
public enum SectionKind {

	MEASURES(true), PROBLEMS(true), RESPONSIBLE_PERSON(true), NEXT_YEAR_PLANS(true), OTHER(false);

	private final boolean required;

	SectionKind(boolean required) {
		this.required = required;
	}

	/**
	 * Whether a report may not be submitted without this part ("other" is optional).
	 */
	public boolean isRequired() {
		return this.required;
	}

	/**
	 * Message key of the standard heading, formatted with the report year and the next
	 * year.
	 */
	public String standardHeadingKey() {
		return "section.standardHeading." + name();
	}

	/**
	 * The part's name in URLs, e.g. {@code next-year-plans}.
	 */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<SectionKind> fromSlug(String slug) {
		return Arrays.stream(values()).filter((kind) -> kind.slug().equals(slug)).findFirst();
	}

	/**
	 * Message key of the part's short name, e.g. 主要举措和成效.
	 */
	public String nameKey() {
		return "section.name." + name();
	}

}
