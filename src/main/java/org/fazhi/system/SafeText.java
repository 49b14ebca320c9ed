package org.fazhi.system;

/**
 * What text the service keeps: no character XML 1.0 cannot carry or Unicode reserves as a
 * noncharacter (C0 controls other than tab and line breaks, DEL, U+FFFE/U+FFFF and the
 * other noncharacters, lone surrogates). Nobody types them; they make a stored text
 * display differently from how it compares, PostgreSQL refuses NUL, and one of them in a
 * title makes every XML document that carries it (the Atom feed, a Word file) unreadable.
 * Input is cleaned on the way in ({@code ControlCharacterFilter}, the document reader)
 * and every XML writer cleans again on its own, for text stored before.
 */
public final class SafeText {

	private SafeText() {
	}

	/**
	 * The text without characters XML cannot carry; the same string when there are none.
	 */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		int i = 0;
		while (i < text.length() && keep(text, i)) {
			i += Character.charCount(text.codePointAt(i));
		}
		if (i >= text.length()) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		kept.append(text, 0, i);
		while (i < text.length()) {
			int c = text.codePointAt(i);
			if (keep(text, i)) {
				kept.appendCodePoint(c);
			}
			i += Character.charCount(c);
		}
		return kept.toString();
	}

	/**
	 * A field that is one line (a title, a name, a file name): cleaned, every line break
	 * and tab turned into a space, and outer spaces trimmed.
	 */
	public static String singleLine(String text) {
		if (text == null) {
			return null;
		}
		return clean(text).replaceAll("[\\r\\n\\t\\u2028\\u2029\\u0085]+", " ").strip();
	}

	private static boolean keep(String text, int at) {
		char ch = text.charAt(at);
		if (Character.isHighSurrogate(ch)) {
			return at + 1 < text.length() && Character.isLowSurrogate(text.charAt(at + 1))
					&& !isNoncharacter(text.codePointAt(at));
		}
		if (Character.isLowSurrogate(ch)) {
			return false;
		}
		if (ch < 0x20) {
			return ch == '\t' || ch == '\n' || ch == '\r';
		}
		return ch != 0x7F && !isNoncharacter(ch);
	}

	private static boolean isNoncharacter(int c) {
		return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
	}

}
