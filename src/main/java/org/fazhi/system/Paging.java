package org.fazhi.system;

/**
 * The one rule for page numbers in URLs: any page a list can have may be asked for, and
 * no page costs more than an ordinary one. A page number reaches at most
 * {@link #MAX_WINDOW} results deep (further, the API offers cursor paging, which has no
 * limit at all); a page past the last one that exists, or one whose number does not even
 * fit, is refused with a clear 400 rather than computed.
 */
public final class Paging {

	/**
	 * Deepest result a page number reaches: 500 pages of 20, 100 of 100. Ranking a window
	 * costs memory in proportion to its depth, so it is bounded.
	 */
	public static final int MAX_WINDOW = 10_000;

	private Paging() {
	}

	/**
	 * The first result of {@code page} in pages of {@code size}; refused when it lies
	 * beyond the window.
	 * @throws PageOutOfRangeException when the page is deeper than any page number may
	 * reach
	 */
	public static long offset(int page, int size) {
		long offset = (long) page * size;
		if (page < 0 || offset + size > MAX_WINDOW && page > 0) {
			throw new PageOutOfRangeException(page, lastPage(MAX_WINDOW, size), true);
		}
		return offset;
	}

	/**
	 * Refuses a page past the last one of {@code total} results (page 0 always exists,
	 * empty or not).
	 */
	public static void requireExists(int page, int size, long total) {
		if (page > 0 && (long) page * size >= total) {
			throw new PageOutOfRangeException(page, lastPage(total, size), false);
		}
	}

	/**
	 * The last page number (from 0) of {@code total} results, within the window.
	 */
	public static int lastPage(long total, int size) {
		long reachable = Math.min(total, MAX_WINDOW);
		return (int) Math.max(0, (reachable + size - 1) / size - 1);
	}

}
