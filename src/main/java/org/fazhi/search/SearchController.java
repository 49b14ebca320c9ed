package org.fazhi.search;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.agency.AgencyDirectory;
import org.fazhi.system.FacetGroup;
import org.fazhi.system.Messages;
import org.fazhi.topic.Topic;
import org.fazhi.topic.TopicRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public search page: results with highlighted parts, facets for year, region, topic
 * and part, and every filter in the URL so a search can be bookmarked and shared.
 */
@Controller
class SearchController {

	/** Results on one page. */
	static final int PAGE_SIZE = 20;

	private final SearchService search;

	private final TopicRepository topics;

	private final Messages messages;

	SearchController(SearchService search, TopicRepository topics, Messages messages) {
		this.search = search;
		this.topics = topics;
		this.messages = messages;
	}

	@GetMapping("/search")
	String search(@ModelAttribute SearchParams params, Model model) {
		SearchCriteria criteria = this.search.criteria(params.forPage(), PAGE_SIZE);
		SearchResults results = this.search.search(criteria);
		model.addAttribute("results", results);
		model.addAttribute("criteria", criteria);
		Links links = new Links(criteria);
		model.addAttribute("links", links);
		model.addAttribute("regionPath", this.search.regionPath(criteria.regionCode()));
		model.addAttribute("facets", facets(results, criteria, links));
		return "search/results";
	}

	/**
	 * The filters beside the results: the part a match is in, the year, the next region
	 * level and the topic, each with its count under the other filters.
	 */
	private List<FacetGroup> facets(SearchResults results, SearchCriteria criteria, Links links) {
		List<FacetGroup.Link> parts = new ArrayList<>();
		results.parts().forEach((part, count) -> {
			if (count > 0) {
				parts.add(new FacetGroup.Link(this.messages.text("section.name." + part), count, links.part(part),
						part.equals(criteria.part())));
			}
		});
		List<FacetGroup.Link> years = new ArrayList<>();
		results.years()
			.forEach((year, count) -> years.add(new FacetGroup.Link(this.messages.text("search.yearLabel", year), count,
					links.toggleYear(year), links.yearSelected(year))));
		List<FacetGroup.Link> regions = new ArrayList<>();
		results.regions().forEach((code, count) -> {
			AgencyDirectory.Node node = this.search.region(code);
			regions
				.add(new FacetGroup.Link((node != null) ? node.shortName() : code, count, links.region(code), false));
		});
		List<FacetGroup.Link> topics = new ArrayList<>();
		for (Topic topic : this.topics.findAllByOrderByPositionAscIdAsc()) {
			String id = String.valueOf(topic.getId());
			Long count = results.topics().get(id);
			if (count != null) {
				topics.add(new FacetGroup.Link(topic.getName(), count, links.toggleTopic(id), links.topicSelected(id)));
			}
		}
		return List.of(new FacetGroup("search.facet.part", parts), new FacetGroup("home.byYear", years),
				new FacetGroup("browse.subregions", regions), new FacetGroup("home.byTopic", topics));
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
