package org.fazhi.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The opaque {@code cursor} of the search API: where the previous page ended in date
 * order. {@code *} starts; an answer whose page is full carries the cursor of the next.
 */
final class SearchCursors {

	private SearchCursors() {
	}

	static String encode(SearchCriteria.Cursor cursor) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((cursor.published() + "." + cursor.reportId()).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws InvalidCursorException if the cursor was not made by {@link #encode}
	 */
	static SearchCriteria.Cursor decode(String cursor) {
		if ("*".equals(cursor.strip())) {
			return SearchCriteria.START;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
			int dot = text.indexOf('.');
			return new SearchCriteria.Cursor(Long.parseLong(text.substring(0, dot)),
					Long.parseLong(text.substring(dot + 1)));
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			throw new InvalidCursorException();
		}
	}

	/**
	 * The cursor of the page after {@code hits}, or {@code null} when this page was the
	 * last.
	 */
	static String next(List<SearchHit> hits, int size) {
		if (hits.size() < size || hits.isEmpty()) {
			return null;
		}
		SearchHit last = hits.get(hits.size() - 1);
		return encode(new SearchCriteria.Cursor(last.publishedAt().toEpochMilli(), last.reportId()));
	}

	/**
	 * A cursor the search API did not make.
	 */
	static final class InvalidCursorException extends RuntimeException {

		InvalidCursorException() {
			super("Not a cursor of the search API", null, false, false);
		}

	}

}
