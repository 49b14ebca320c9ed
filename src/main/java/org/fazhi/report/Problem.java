package org.fazhi.report;

import java.util.List;

/**
 * A reason a workflow verb cannot be performed, as a message key (with an optional
 * argument) and, where it concerns one part or one form field, that part or field (the
 * error summary links to it).
 *
 * @param code message key
 * @param part the part concerned, or {@code null}
 * @param argument message argument, or {@code null}
 * @param field the id of the form field concerned, or {@code null}
 */
public record Problem(String code, SectionKind part, Object argument, String field) {

	public Problem(String code, SectionKind part, Object argument) {
		this(code, part, argument, null);
	}

	/**
	 * The same problem, about the form field {@code id}.
	 */
	public Problem at(String id) {
		return new Problem(this.code, this.part, this.argument, id);
	}

	public static Problem of(String code) {
		return new Problem(code, null, null);
	}

	public static Problem inPart(String code, SectionKind part) {
		return new Problem(code, part, null);
	}

	/**
	 * A problem whose sentence needs several values ({@code {1}}, {@code {2}} …).
	 */
	public static Problem withArguments(String code, Object... arguments) {
		return new Problem(code, null, List.of(arguments));
	}

	/**
	 * The message arguments after the part's name, each as text (so that years are not
	 * written with a thousands separator).
	 */
	public List<String> texts() {
		if (this.argument == null) {
			return List.of("");
		}
		if (this.argument instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of(this.argument.toString());
	}

}
