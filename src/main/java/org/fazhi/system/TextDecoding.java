package org.fazhi.system;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Uploaded plain text (a .txt report, a CSV of agencies) into a string: UTF-8 first (what
 * every modern editor writes), then GB18030 (what Chinese Windows Notepad and Excel's
 * "CSV" wrote for years). Any bytes decode as GB18030, so its result must also look like
 * Chinese text.
 */
public final class TextDecoding {

	private static final Charset GB18030 = Charset.forName("GB18030");

	/** Share (per cent) of characters a Chinese text is written in, at least. */
	private static final int USUAL_PERCENT = 97;

	private TextDecoding() {
	}

	/**
	 * @throws NotTextException when the bytes are binary or in no encoding we read
	 */
	public static String decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return strict(StandardCharsets.UTF_8, bytes, 3);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return strict(StandardCharsets.UTF_16LE, bytes, 2);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return strict(StandardCharsets.UTF_16BE, bytes, 2);
		}
		for (byte b : bytes) {
			if (b == 0) {
				throw new NotTextException("binary");
			}
		}
		String text;
		try {
			text = strictOrThrow(StandardCharsets.UTF_8, bytes, 0);
		}
		catch (CharacterCodingException notUtf8) {
			text = strict(GB18030, bytes, 0);
		}
		if (!looksLikeText(text)) {
			throw new NotTextException("encoding");
		}
		return text;
	}

	/**
	 * Whether {@code bytes} begin with {@code prefix} (a file type's magic number).
	 */
	public static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * At least {@value #USUAL_PERCENT}% of the characters are ones a Chinese report is
	 * written in: CJK ideographs and punctuation, full-width forms, printable ASCII and
	 * whitespace.
	 */
	static boolean looksLikeText(String text) {
		long usual = text.codePoints().filter(TextDecoding::usual).count();
		long all = text.codePoints().count();
		return all > 0 && usual * 100 >= all * USUAL_PERCENT;
	}

	private static boolean usual(int c) {
		if (c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c < 0x7F)) {
			return true;
		}
		Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
		return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
				|| block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
				|| block == Character.UnicodeBlock.GENERAL_PUNCTUATION
				|| block == Character.UnicodeBlock.LATIN_1_SUPPLEMENT
				|| block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
				|| block == Character.UnicodeBlock.NUMBER_FORMS
				|| block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS
				|| block == Character.UnicodeBlock.GEOMETRIC_SHAPES
				|| block == Character.UnicodeBlock.LETTERLIKE_SYMBOLS
				|| block == Character.UnicodeBlock.CJK_COMPATIBILITY || c == '\u00B7';
	}

	private static String strict(Charset charset, byte[] bytes, int offset) {
		try {
			return strictOrThrow(charset, bytes, offset);
		}
		catch (CharacterCodingException ex) {
			throw new NotTextException("encoding");
		}
	}

	private static String strictOrThrow(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
			.toString();
	}

	/**
	 * The bytes are not text we can read.
	 */
	public static final class NotTextException extends RuntimeException {

		private final String reason;

		NotTextException(String reason) {
			super(reason, null, false, false);
			this.reason = reason;
		}

		/**
		 * {@code binary} or {@code encoding}: the suffix of the message key
		 * {@code import.unreadable.<reason>}.
		 */
		public String reason() {
			return this.reason;
		}

	}

}
