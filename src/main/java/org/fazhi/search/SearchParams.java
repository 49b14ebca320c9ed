package org.fazhi.search;

import java.util.List;

/**
 * Search parameters as they come in a URL, the same for the search page and the search
 * API; each name is the query parameter's.
 *
 * @param q query text
 * @param region unified code of a region (any level)
 * @param year selected years
 * @param yearFrom first year of a range
 * @param yearTo last year of a range
 * @param topic selected topic ids
 * @param part a part kind
 * @param from first publication date (YYYY-MM-DD)
 * @param to last publication date (YYYY-MM-DD)
 * @param sort {@code date} for newest first
 * @param page page from 0
 * @param size page size (the API only)
 * @param cursor cursor paging (the API only): {@code *} to start, then the cursor of the
 * previous answer; {@code null} for page numbers
 */
record SearchParams(String q, String region, List<String> year, String yearFrom, String yearTo, List<String> topic,
		String part, String from, String to, String sort, String page, String size, String cursor) {

	/**
	 * The parameters the search page takes: its page size is fixed and it pages by
	 * number.
	 */
	SearchParams forPage() {
		return new SearchParams(this.q, this.region, this.year, this.yearFrom, this.yearTo, this.topic, this.part,
				this.from, this.to, this.sort, this.page, null, null);
	}

}
