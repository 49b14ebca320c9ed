package org.fazhi.search;

import java.util.List;
import java.util.Map;

import org.fazhi.system.ApiError;
import org.fazhi.system.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search as JSON, with the same parameters as the search page plus {@code size}:
 * {@code GET /api/v1/search?q=…}. Each hit carries the report id.
 */
@RestController
class SearchApiController {

	private final SearchService search;

	private final Messages messages;

	SearchApiController(SearchService search, Messages messages) {
		this.search = search;
		this.messages = messages;
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
	 * @param cursor with cursor paging, what to send as {@code cursor} for the next page
	 * ({@code null} after the last)
	 */
	record SearchJson(String query, int page, int size, long total, boolean timedOut, List<SearchHit> hits,
			Map<String, Map<String, Long>> facets, String cursor) {
	}

	@GetMapping(path = "/api/v1/search", produces = "application/json")
	SearchJson search(@ModelAttribute SearchParams params) {
		SearchCriteria criteria = this.search.criteria(params, SearchController.PAGE_SIZE);
		SearchResults results = this.search.search(criteria);
		return new SearchJson(criteria.raw(), criteria.page(), criteria.size(), results.total(), results.timedOut(),
				results.hits(),
				Map.of("year", results.years(), "topic", results.topics(), "region", results.regions(), "part",
						results.parts()),
				(params.cursor() != null) ? SearchCursors.next(results.hits(), criteria.size()) : null);
	}

	@ExceptionHandler(SearchCursors.InvalidCursorException.class)
	ResponseEntity<ApiError> badCursor() {
		return ResponseEntity.badRequest().body(new ApiError("bad_request", this.messages.text("api.error.cursor")));
	}

}
