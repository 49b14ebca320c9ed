package org.fazhi.search;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search as JSON, with the same parameters as the search page plus {@code size}:
 * {@code GET /api/v1/search?q=…}. Each hit carries the report id.
 */
@RestController
class SearchApiController {

	private final SearchService search;

	SearchApiController(SearchService search) {
		this.search = search;
	}

	/**
	 * The answer.
	 *
	 * @param query the query as understood
	 * @param page page number from 0
	 * @param size page size
	 * @param total matching reports in all
	 * @param timedOut whether the search stopped early
	 * @param hits the results
	 * @param facets counts per year, topic, region and part
	 */
	record SearchJson(String query, int page, int size, long total, boolean timedOut, List<SearchHit> hits,
			Map<String, Map<String, Long>> facets) {
	}

	@GetMapping(path = "/api/v1/search", produces = "application/json")
	SearchJson search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "region", required = false) String region,
			@RequestParam(name = "year", required = false) List<String> years,
			@RequestParam(name = "yearFrom", required = false) String yearFrom,
			@RequestParam(name = "yearTo", required = false) String yearTo,
			@RequestParam(name = "topic", required = false) List<String> topics,
			@RequestParam(name = "part", required = false) String part,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "page", required = false) String page,
			@RequestParam(name = "size", required = false) String size) {
		SearchCriteria criteria = this.search.criteria(
				new SearchService.Params(q, region, years, yearFrom, yearTo, topics, part, from, to, sort, page, size),
				20);
		SearchResults results = this.search.search(criteria);
		return new SearchJson(criteria.raw(), criteria.page(), criteria.size(), results.total(), results.timedOut(),
				results.hits(), Map.of("year", results.years(), "topic", results.topics(), "region", results.regions(),
						"part", results.parts()));
	}

}
