package org.fazhi.assistant;

import java.util.List;

import org.fazhi.report.SectionKind;

/**
 * One thing the assistant found in a report.
 *
 * @param code what kind of finding ({@code personalId}, {@code copiedFromLastYear}, …),
 * documented in the README
 * @param severity how much it matters
 * @param part the part it is in, or {@code null} for the report as a whole
 * @param start where in the part's text it starts (a {@code String} index), or -1
 * @param end where it ends (exclusive), or -1
 * @param excerpt the text found, or a short excerpt around it
 * @param arguments values for the finding's message ({@code assistant.finding.<code>})
 */
public record Finding(String code, Severity severity, SectionKind part, int start, int end, String excerpt,
		List<Object> arguments) {

	public Finding {
		arguments = List.copyOf(arguments);
	}

	static Finding at(String code, Severity severity, SectionKind part, String text, int start, int end,
			Object... arguments) {
		return new Finding(code, severity, part, start, end, text.substring(start, end), List.of(arguments));
	}

	static Finding whole(String code, Severity severity, SectionKind part, Object... arguments) {
		return new Finding(code, severity, part, -1, -1, "", List.of(arguments));
	}

	public String messageKey() {
		return "assistant.finding." + this.code;
	}

	/** Secrecy findings must be acknowledged by the reviewer before publication. */
	public boolean isSecrecy() {
		return SecrecyCheck.CODES.contains(this.code);
	}

}
