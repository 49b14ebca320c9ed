package org.fazhi.report;

import java.util.List;

/**
 * Splits stored text into the paragraphs shown on pages and in exports.
 */
public final class Paragraphs {

	private Paragraphs() {
	}

	/**
	 * Paragraphs in order; each line is a paragraph, blank lines are dropped and the
	 * surrounding whitespace of each line (full-width indent included) is trimmed.
	 */
	public static List<String> split(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
