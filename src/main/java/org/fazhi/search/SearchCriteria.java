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
 */
record SearchCriteria(SearchQuery query, String raw, String regionLevel, String regionCode, List<Integer> years,
		Integer yearFrom, Integer yearTo, List<String> topicIds, String part, Instant publishedFrom,
		Instant publishedTo, boolean byDate, int page, int size) {

	static final int MAX_SIZE = 100;

	int offset() {
		return this.page * this.size;
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
