package org.fazhi.report;

/**
 * A reason a workflow verb cannot be performed, as a message key (with an optional
 * argument) and, where it concerns one part, that part.
 *
 * @param code message key
 * @param part the part concerned, or {@code null}
 * @param argument message argument, or {@code null}
 */
public record Problem(String code, SectionKind part, Object argument) {

	public static Problem of(String code) {
		return new Problem(code, null, null);
	}

	public static Problem inPart(String code, SectionKind part) {
		return new Problem(code, part, null);
	}

}
