package org.fazhi.disclosure;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/**
 * The opaque {@code cursor} of the report list API: where the previous page ended (its
 * last report's publication time, at full precision, and edition id). {@code *} asks for
 * the first page.
 */
final class ApiCursor {

	/** What a client sends to start cursor paging. */
	static final String START = "*";

	private ApiCursor() {
	}

	static String encode(Instant publishedAt, Long editionId) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((publishedAt + "|" + editionId).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The position, or {@code null} for the start.
	 * @throws Invalid if the cursor was not made by {@link #encode}
	 */
	static PublishedLists.Cursor decode(String cursor) {
		if (START.equals(cursor.strip())) {
			return null;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
			int bar = text.indexOf('|');
			return new PublishedLists.Cursor(Instant.parse(text.substring(0, bar)),
					Long.valueOf(text.substring(bar + 1)));
		}
		catch (IllegalArgumentException | DateTimeException | IndexOutOfBoundsException ex) {
			throw new Invalid();
		}
	}

	/**
	 * A cursor this API did not make.
	 */
	static final class Invalid extends RuntimeException {

		Invalid() {
			super("Not a cursor of this API", null, false, false);
		}

	}

}
