package org.fazhi.search;

import java.util.List;
import java.util.Locale;

/**
 * A short excerpt around the first verbatim match of a query term, split so a template
 * can mark the match without writing any HTML of its own.
 *
 * @param before text before the match
 * @param match the matched text
 * @param after text after the match
 */
public record Snippet(String before, String match, String after) {

	private static final int CONTEXT = 60;

	static Snippet around(String text, List<String> terms) {
		if (text == null) {
			return new Snippet("", "", "");
		}
		String flat = text.replace('\n', ' ');
		String lower = flat.toLowerCase(Locale.ROOT);
		for (String term : terms) {
			int at = lower.indexOf(term.toLowerCase(Locale.ROOT));
			if (at >= 0) {
				int start = Math.max(0, at - CONTEXT);
				int end = Math.min(flat.length(), at + term.length() + CONTEXT);
				return new Snippet(((start > 0) ? "…" : "") + flat.substring(start, at),
						flat.substring(at, at + term.length()),
						flat.substring(at + term.length(), end) + ((end < flat.length()) ? "…" : ""));
			}
		}
		return new Snippet(flat.substring(0, Math.min(flat.length(), 2 * CONTEXT)), "", "");
	}

}
