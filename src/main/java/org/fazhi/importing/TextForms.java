package org.fazhi.importing;

/**
 * Width and space folding for recognising text written with mixed full-width and
 * half-width forms; never applied to the text that is kept.
 */
public final class TextForms {

	private TextForms() {
	}

	/**
	 * Full-width ASCII forms to half-width, ideographic and no-break spaces to plain
	 * spaces, zero-width characters removed.
	 */
	public static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				folded.append((char) (c - 0xFEE0));
			}
			else if (c == '\u3000' || c == '\u00A0') {
				folded.append(' ');
			}
			else if (!isInvisible(c)) {
				folded.append(c);
			}
		}
		return folded.toString();
	}

	static boolean isInvisible(char c) {
		return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060';
	}

	/**
	 * The line with zero-width characters removed and outer whitespace (full-width and
	 * no-break included) trimmed.
	 */
	static String clean(String line) {
		StringBuilder kept = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (!isInvisible(c)) {
				kept.append(c == '\u00A0' ? ' ' : c);
			}
		}
		return kept.toString().strip();
	}

}
