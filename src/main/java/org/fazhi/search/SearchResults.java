package org.fazhi.search;

import java.util.List;

/**
 * One page of results and the total number of matching reports.
 *
 * @param request the search that produced them
 * @param total number of matching reports
 * @param hits the results on this page
 */
record SearchResults(SearchRequest request, int total, List<SearchHit> hits) {

	static SearchResults empty(SearchRequest request) {
		return new SearchResults(request, 0, List.of());
	}

	public boolean hasNext() {
		return (long) (this.request.page() + 1) * this.request.size() < this.total
				&& (this.request.page() + 1) * this.request.size() < SearchRequest.MAX_OFFSET;
	}

	public boolean hasPrevious() {
		return this.request.page() > 0;
	}

}
