package org.fazhi.assistant;

import java.util.HashSet;
import java.util.Set;

/**
 * Overlapping five-character pieces of a paragraph, as hashes: two paragraphs that share
 * most of their pieces say the same thing, whatever was changed in between. Numbers are
 * made alike when comparing with the township's own previous report, because a paragraph
 * copied from last year with this year's figures put in is still a copy; spaces and
 * punctuation widths never count.
 */
final class Shingles {

	static final int SIZE = 5;

	private Shingles() {
	}

	static Set<Integer> of(String paragraph) {
		return of(paragraph, false);
	}

	/**
	 * @param keepNumbers whether figures count: two townships writing the county's
	 * template sentence with their own figures have not copied each other
	 */
	static Set<Integer> of(String paragraph, boolean keepNumbers) {
		String text = normalize(paragraph, keepNumbers);
		Set<Integer> shingles = new HashSet<>();
		for (int i = 0; i + SIZE <= text.length(); i++) {
			// String.hashCode of the piece, without making the piece.
			int hash = 0;
			for (int j = i; j < i + SIZE; j++) {
				hash = 31 * hash + text.charAt(j);
			}
			shingles.add(hash);
		}
		return shingles;
	}

	static String normalize(String paragraph, boolean keepNumbers) {
		StringBuilder text = new StringBuilder(paragraph.length());
		boolean inNumber = false;
		for (int i = 0; i < paragraph.length(); i++) {
			char c = paragraph.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			if (Character.isWhitespace(c) || c == '\u3000') {
				continue;
			}
			boolean digit = !keepNumbers && (Character.isDigit(c) || (inNumber && (c == '.' || c == '%')));
			if (digit) {
				if (!inNumber) {
					text.append('#');
				}
				inNumber = true;
				continue;
			}
			inNumber = false;
			text.append(c);
		}
		return text.toString();
	}

}
