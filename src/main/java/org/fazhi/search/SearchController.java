package org.fazhi.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public search page.
 */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "page", defaultValue = "0") String page,
			@RequestParam(name = "sort", defaultValue = "relevance") String sort, Model model) {
		SearchRequest request = SearchRequest.parse(q, parsePage(page), 20, "date".equals(sort));
		model.addAttribute("results", this.search.search(request));
		return "search/results";
	}

	// Hand-typed or mangled page numbers fall back to the first page instead of a 400.
	private static int parsePage(String page) {
		try {
			return Integer.parseInt(page);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
