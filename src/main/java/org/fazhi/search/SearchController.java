package org.fazhi.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fazhi.agency.AgencyDirectory;
import org.fazhi.topic.Topic;
import org.fazhi.topic.TopicRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public search page: results with highlighted parts, facets for year, region, topic
 * and part, and every filter in the URL so a search can be bookmarked and shared.
 */
@Controller
class SearchController {

	private final SearchService search;

	private final TopicRepository topics;

	SearchController(SearchService search, TopicRepository topics) {
		this.search = search;
		this.topics = topics;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "region", required = false) String region,
			@RequestParam(name = "year", required = false) List<String> years,
			@RequestParam(name = "yearFrom", required = false) String yearFrom,
			@RequestParam(name = "yearTo", required = false) String yearTo,
			@RequestParam(name = "topic", required = false) List<String> topicIds,
			@RequestParam(name = "part", required = false) String part,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "page", required = false) String page, Model model) {
		SearchService.Params params = new SearchService.Params(q, region, years, yearFrom, yearTo, topicIds, part, from,
				to, sort, page, null, null);
		SearchCriteria criteria = this.search.criteria(params, 20);
		SearchResults results = this.search.search(criteria);
		model.addAttribute("results", results);
		model.addAttribute("criteria", criteria);
		model.addAttribute("links", new Links(criteria));
		model.addAttribute("regionPath", this.search.regionPath(criteria.regionCode()));
		model.addAttribute("yearFacet", results.years());
		model.addAttribute("topicFacet", topicFacet(results.topics()));
		model.addAttribute("regionFacet", regionFacet(results.regions()));
		model.addAttribute("partFacet", results.parts());
		return "search/results";
	}

	private List<Facet> topicFacet(Map<String, Long> counts) {
		List<Facet> facet = new ArrayList<>();
		for (Topic topic : this.topics.findAllByOrderByPositionAscIdAsc()) {
			Long count = counts.get(String.valueOf(topic.getId()));
			if (count != null) {
				facet.add(new Facet(String.valueOf(topic.getId()), topic.getName(), count));
			}
		}
		return facet;
	}

	private List<Facet> regionFacet(Map<String, Long> counts) {
		List<Facet> facet = new ArrayList<>();
		counts.forEach((code, count) -> {
			AgencyDirectory.Node node = this.search.region(code);
			facet.add(new Facet(code, (node != null) ? node.shortName() : code, count));
		});
		return facet;
	}

	/**
	 * A facet value as shown.
	 *
	 * @param value the parameter value
	 * @param label what readers see
	 * @param count matching reports
	 */
	record Facet(String value, String label, long count) {
	}

	/**
	 * URLs for the page: the current search with one thing changed.
	 */
	static final class Links {

		private final SearchCriteria criteria;

		Links(SearchCriteria criteria) {
			this.criteria = criteria;
		}

		public String toggleYear(String year) {
			List<String> years = new ArrayList<>(this.criteria.years().stream().map(String::valueOf).toList());
			if (!years.remove(year)) {
				years.add(year);
			}
			return url(this.criteria.regionCode(), years, this.criteria.topicIds(), this.criteria.part(), null, 0);
		}

		public String toggleTopic(String topic) {
			List<String> topics = new ArrayList<>(this.criteria.topicIds());
			if (!topics.remove(topic)) {
				topics.add(topic);
			}
			return url(this.criteria.regionCode(), years(), topics, this.criteria.part(), null, 0);
		}

		public String region(String code) {
			return url(code, years(), this.criteria.topicIds(), this.criteria.part(), null, 0);
		}

		public String part(String part) {
			return url(this.criteria.regionCode(), years(), this.criteria.topicIds(),
					part.equals(this.criteria.part()) ? null : part, null, 0);
		}

		public String sort(String sort) {
			return url(this.criteria.regionCode(), years(), this.criteria.topicIds(), this.criteria.part(), sort, 0);
		}

		public String page(int page) {
			return url(this.criteria.regionCode(), years(), this.criteria.topicIds(), this.criteria.part(),
					this.criteria.byDate() ? "date" : null, page);
		}

		public boolean yearSelected(String year) {
			return years().contains(year);
		}

		public boolean topicSelected(String topic) {
			return this.criteria.topicIds().contains(topic);
		}

		private List<String> years() {
			return this.criteria.years().stream().map(String::valueOf).toList();
		}

		private String url(String region, List<String> years, List<String> topics, String part, String sort, int page) {
			MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
			params.add("q", this.criteria.raw());
			if (region != null) {
				params.add("region", region);
			}
			years.forEach((y) -> params.add("year", y));
			topics.forEach((t) -> params.add("topic", t));
			if (this.criteria.yearFrom() != null) {
				params.add("yearFrom", this.criteria.yearFrom().toString());
			}
			if (this.criteria.yearTo() != null) {
				params.add("yearTo", this.criteria.yearTo().toString());
			}
			if (part != null) {
				params.add("part", part);
			}
			if (sort != null) {
				params.add("sort", sort);
			}
			if (page > 0) {
				params.add("page", Integer.toString(page));
			}
			return UriComponentsBuilder.fromPath("/search").queryParams(params).encode().build().toUriString();
		}

	}

}
