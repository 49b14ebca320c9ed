package org.fazhi.assistant;

import java.util.stream.IntStream;

/**
 * Overlapping five-character pieces of a paragraph, as sorted distinct hashes: two
 * paragraphs that share most of their pieces say the same thing, whatever was changed in
 * between. Numbers are made alike when comparing with the township's own previous report,
 * because a paragraph copied from last year with this year's figures put in is still a
 * copy; spaces and punctuation widths never count.
 */
final class Shingles {

	static final int SIZE = 5;

	private Shingles() {
	}

	static int[] of(String paragraph) {
		return of(paragraph, false);
	}

	/**
	 * @param keepNumbers whether figures count: two townships writing the county's
	 * template sentence with their own figures have not copied each other
	 */
	static int[] of(String paragraph, boolean keepNumbers) {
		String text = normalize(paragraph, keepNumbers);
		int[] hashes = new int[Math.max(0, text.length() - SIZE + 1)];
		for (int i = 0; i < hashes.length; i++) {
			// String.hashCode of the piece, without making the piece.
			int hash = 0;
			for (int j = i; j < i + SIZE; j++) {
				hash = 31 * hash + text.charAt(j);
			}
			hashes[i] = hash;
		}
		// Sorted and distinct, so that two paragraphs are compared in one merge, without
		// boxing a piece.
		return IntStream.of(hashes).sorted().distinct().toArray();
	}

	/** How many pieces two sorted, distinct sets share. */
	static int common(int[] a, int[] b) {
		int common = 0;
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				common++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return common;
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
