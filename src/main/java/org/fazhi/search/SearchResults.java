package org.fazhi.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results, the total, and the facet counts.
 *
 * @param criteria the search that produced them
 * @param total number of matching reports
 * @param hits the results on this page
 * @param years counts per report year (ignoring the year selection)
 * @param topics counts per topic id (ignoring the topic selection)
 * @param regions counts per region one level below the region filter
 * @param parts counts of matching reports per part
 * @param timedOut whether the search stopped early and counts may be incomplete
 */
record SearchResults(SearchCriteria criteria, long total, List<SearchHit> hits, Map<String, Long> years,
		Map<String, Long> topics, Map<String, Long> regions, Map<String, Long> parts, boolean timedOut) {

	static SearchResults empty(SearchCriteria criteria) {
		return new SearchResults(criteria, 0, List.of(), Map.of(), Map.of(), Map.of(), Map.of(), false);
	}

	public boolean hasNext() {
		return (long) (this.criteria.page() + 1) * this.criteria.size() < this.total;
	}

	public boolean hasPrevious() {
		return this.criteria.page() > 0;
	}

	public long pages() {
		return (this.total + this.criteria.size() - 1) / this.criteria.size();
	}

}
