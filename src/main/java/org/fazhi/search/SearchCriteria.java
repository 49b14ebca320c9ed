package org.fazhi.search;

import java.time.Instant;
import java.util.List;

/**
 * A search as the index runs it: the parsed query, the filters and the page.
 *
 * @param query parsed query
 * @param raw the query as typed (cut to its maximum length)
 * @param regionLevel level of the region filter (PROVINCE, CITY, COUNTY, TOWNSHIP), or
 * {@code null}
 * @param regionCode unified code of the region filter, or {@code null}
 * @param years selected years (any of them)
 * @param yearFrom first year of a range, or {@code null}
 * @param yearTo last year of a range, or {@code null}
 * @param topicIds selected topics (any of them)
 * @param part search only this part (a section kind name), or {@code null}
 * @param publishedFrom published at or after, or {@code null}
 * @param publishedTo published before, or {@code null}
 * @param byDate newest first instead of best match first
 * @param page page number from 0
 * @param size results per page
 * @param cursor with cursor paging, where the previous page ended ({@link #START} for the
 * first page); {@code null} with page numbers
 */
record SearchCriteria(SearchQuery query, String raw, String regionLevel, String regionCode, List<Integer> years,
		Integer yearFrom, Integer yearTo, List<String> topicIds, String part, Instant publishedFrom,
		Instant publishedTo, boolean byDate, int page, int size, Cursor cursor) {

	static final int MAX_SIZE = 100;

	/** The cursor that starts cursor paging. */
	static final Cursor START = new Cursor(Long.MAX_VALUE, Long.MAX_VALUE);

	/**
	 * Where a page of results in date order ended: its last report's publication time
	 * (epoch milliseconds, as the index sorts it) and id.
	 *
	 * @param published publication time in epoch milliseconds
	 * @param reportId report id, the tie-breaker
	 */
	record Cursor(long published, long reportId) {
	}

	/**
	 * The first result of the page; the page number was bounded when the criteria were
	 * made, so this cannot overflow.
	 */
	int offset() {
		return (this.cursor != null) ? 0 : this.page * this.size;
	}

	/**
	 * Whether results come in date order: asked for, or cursor paging (which needs an
	 * order that does not change as reports are added).
	 */
	boolean inDateOrder() {
		return this.byDate || this.cursor != null;
	}

	/**
	 * The levels below a region, in order: the facet shown for "next level down".
	 */
	String childLevel() {
		if (this.regionLevel == null) {
			return "PROVINCE";
		}
		return switch (this.regionLevel) {
			case "PROVINCE" -> "CITY";
			case "CITY" -> "COUNTY";
			case "COUNTY" -> "TOWNSHIP";
			default -> null;
		};
	}

}
