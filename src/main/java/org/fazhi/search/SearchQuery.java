package org.fazhi.search;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.system.FieldLimits;

/**
 * What a reader typed, parsed: space-separated terms that must all occur, "quoted
 * phrases" (spaces inside are ignored, like everywhere in matching), {@code -excluded}
 * terms, and {@code OR} between two terms or phrases. Any input parses; the worst it can
 * do is match nothing.
 *
 * @param required groups of alternatives: each group must match at least one of its terms
 * @param excluded terms that must not occur
 */
record SearchQuery(List<List<String>> required, List<String> excluded) {

	/**
	 * Longer input is cut: no real query needs more, and it bounds the work per search.
	 */
	static final int MAX_LENGTH = FieldLimits.QUERY;

	/** At most this many terms in all. */
	static final int MAX_TERMS = 12;

	static SearchQuery parse(String raw) {
		String text = (raw == null) ? "" : raw.strip();
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
		}
		List<Token> tokens = tokenize(text);
		List<List<String>> required = new ArrayList<>();
		List<String> excluded = new ArrayList<>();
		int terms = 0;
		boolean joinNext = false;
		for (Token token : tokens) {
			if (terms >= MAX_TERMS) {
				break;
			}
			if (token.or()) {
				joinNext = !required.isEmpty();
				continue;
			}
			if (SearchText.characters(token.text()).length == 0) {
				joinNext = false;
				continue;
			}
			terms++;
			if (token.exclude()) {
				excluded.add(token.text());
			}
			else if (joinNext) {
				required.get(required.size() - 1).add(token.text());
			}
			else {
				required.add(new ArrayList<>(List.of(token.text())));
			}
			joinNext = false;
		}
		return new SearchQuery(required.stream().map(List::copyOf).toList(), List.copyOf(excluded));
	}

	public boolean isEmpty() {
		return this.required.isEmpty();
	}

	/**
	 * Every term that should be marked in snippets.
	 */
	List<String> positiveTerms() {
		return this.required.stream().flatMap(List::stream).toList();
	}

	private record Token(String text, boolean exclude, boolean or) {
	}

	private static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || c == '\u3000') {
				i++;
				continue;
			}
			boolean exclude = false;
			if (c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
				exclude = true;
				i++;
				c = text.charAt(i);
			}
			if (c == '"' || c == '“' || c == '”') {
				int end = i + 1;
				while (end < text.length() && "\"“”".indexOf(text.charAt(end)) < 0) {
					end++;
				}
				tokens.add(new Token(text.substring(i + 1, end), exclude, false));
				i = end + 1;
				continue;
			}
			int end = i;
			while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '\u3000') {
				end++;
			}
			String word = text.substring(i, end);
			tokens.add(new Token(word, exclude, !exclude && word.equals("OR")));
			i = end;
		}
		return tokens;
	}

}
