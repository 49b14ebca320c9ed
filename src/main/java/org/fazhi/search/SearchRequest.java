package org.fazhi.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed search: the terms that must all occur, and which page of results to show.
 *
 * @param query the text as typed (trimmed and length-limited)
 * @param terms the terms parsed from it
 * @param page page number from 0
 * @param size results per page
 * @param byDate newest first instead of best match first
 */
record SearchRequest(String query, List<String> terms, int page, int size, boolean byDate) {

	/**
	 * Longer input is cut: no real query needs more, and it bounds the work per search.
	 */
	static final int MAX_QUERY_LENGTH = 100;

	static final int MAX_TERMS = 10;

	static final int MAX_SIZE = 100;

	/** Deepest result reachable by paging in this first version of search. */
	static final int MAX_OFFSET = 10_000;

	static SearchRequest parse(String rawQuery, int page, int size, boolean byDate) {
		String query = (rawQuery != null) ? rawQuery.strip() : "";
		if (query.length() > MAX_QUERY_LENGTH) {
			query = query.substring(0, MAX_QUERY_LENGTH);
		}
		List<String> terms = new ArrayList<>();
		// Full-width spaces (U+3000) separate terms just like ASCII ones.
		for (String term : query.split("[\\s\\u3000]+")) {
			if (!term.isEmpty() && terms.size() < MAX_TERMS) {
				terms.add(term);
			}
		}
		int safeSize = Math.clamp(size, 1, MAX_SIZE);
		int safePage = Math.clamp(page, 0, MAX_OFFSET / safeSize);
		return new SearchRequest(query, List.copyOf(terms), safePage, safeSize, byDate);
	}

	int offset() {
		return this.page * this.size;
	}

}
