package org.fazhi.search;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.agency.AgencyDirectory;
import org.fazhi.system.FacetGroup;
import org.fazhi.system.Messages;
import org.fazhi.topic.Topic;
import org.fazhi.topic.TopicRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The public search page: results first (on a phone the filters open from a button),
 * highlighted parts, facets for year, region, topic and part, the year range and
 * publication dates as fields, each filter in force shown with ✕ to remove it, and when
 * nothing is found, other searches that find something. Every filter is in the URL.
 */
@Controller
class SearchController {

	/** Results on one page. */
	static final int PAGE_SIZE = 20;

	private final SearchService search;

	private final TopicRepository topics;

	private final Messages messages;

	private final ZoneId zone;

	SearchController(SearchService search, TopicRepository topics, Messages messages, Clock clock) {
		this.zone = clock.getZone();
		this.search = search;
		this.topics = topics;
		this.messages = messages;
	}

	/** Other searches offered when one finds nothing, at most. */
	static final int MAX_SUGGESTIONS = 6;

	/**
	 * A filter in force, shown with ✕ to remove it.
	 *
	 * @param label what it is, as the reader reads it
	 * @param href the same search without it
	 */
	record Chip(String label, String href) {
	}

	/**
	 * Another search that finds something, offered when this one finds nothing.
	 *
	 * @param messageKey how to say it (drop a filter, try a word)
	 * @param label the filter dropped, or the word to try
	 * @param count how many reports it finds
	 * @param href the search
	 */
	record Suggestion(String messageKey, String label, long count, String href) {
	}

	@GetMapping("/search")
	String search(@ModelAttribute SearchParams params, Model model) {
		SearchParams page = params.forPage();
		SearchCriteria criteria = this.search.criteria(page, PAGE_SIZE);
		SearchResults results = this.search.search(criteria);
		model.addAttribute("results", results);
		model.addAttribute("criteria", criteria);
		SearchLinks links = new SearchLinks(criteria, this.zone);
		model.addAttribute("links", links);
		List<AgencyDirectory.Node> regionPath = this.search.regionPath(criteria.regionCode());
		model.addAttribute("regionPath", regionPath);
		List<FacetGroup> facets = facets(results, criteria, links);
		model.addAttribute("facets", facets);
		model.addAttribute("hasFacets", facets.stream().anyMatch((group) -> !group.links().isEmpty()));
		List<Chip> chips = chips(criteria, links, regionPath);
		model.addAttribute("chips", chips);
		model.addAttribute("suggestions", (results.total() == 0 && !criteria.query().isEmpty())
				? suggestions(page, criteria, chips.size(), links) : List.of());
		return "search/results";
	}

	/** The filters in force, each with the link that removes it. */
	private List<Chip> chips(SearchCriteria criteria, SearchLinks links, List<AgencyDirectory.Node> regionPath) {
		List<Chip> chips = new ArrayList<>();
		if (criteria.regionCode() != null && !regionPath.isEmpty()) {
			chips.add(new Chip(regionPath.get(regionPath.size() - 1).fullName(), links.region(null)));
		}
		for (Integer year : criteria.years()) {
			chips.add(new Chip(this.messages.text("search.yearLabel", year.toString()),
					links.toggleYear(year.toString())));
		}
		if (criteria.yearFrom() != null) {
			chips.add(new Chip(this.messages.text("search.chip.yearFrom", criteria.yearFrom().toString()),
					links.withoutYearFrom()));
		}
		if (criteria.yearTo() != null) {
			chips.add(new Chip(this.messages.text("search.chip.yearTo", criteria.yearTo().toString()),
					links.withoutYearTo()));
		}
		if (!links.fromDate().isEmpty()) {
			chips.add(new Chip(this.messages.text("search.chip.from", links.fromDate()), links.withoutFrom()));
		}
		if (!links.toDate().isEmpty()) {
			chips.add(new Chip(this.messages.text("search.chip.to", links.toDate()), links.withoutTo()));
		}
		for (Topic topic : this.topics.findAllById(criteria.topicIds().stream().map(Long::valueOf).toList())) {
			chips.add(new Chip(topic.getName(), links.toggleTopic(topic.getId().toString())));
		}
		if (criteria.part() != null) {
			chips.add(new Chip(this.messages.text("section.name." + criteria.part()), links.withoutPart()));
		}
		return chips;
	}

	/**
	 * What to try when nothing was found: the query without its filters, and the words of
	 * the query one by one (or each half of a long single word), each with how many
	 * reports it finds. A handful of counting searches, on a page that found nothing.
	 */
	private List<Suggestion> suggestions(SearchParams params, SearchCriteria criteria, int filters, SearchLinks links) {
		List<Suggestion> suggestions = new ArrayList<>();
		if (filters > 0) {
			long count = count(new SearchParams(params.q(), null, null, null, null, null, null, null, null, null, null,
					null, null));
			if (count > 0) {
				suggestions
					.add(new Suggestion("search.suggest.noFilters", criteria.raw(), count, links.withoutFilters()));
			}
		}
		for (String word : words(criteria.raw())) {
			if (suggestions.size() >= MAX_SUGGESTIONS) {
				break;
			}
			long count = count(
					new SearchParams(word, params.region(), params.year(), params.yearFrom(), params.yearTo(),
							params.topic(), params.part(), params.from(), params.to(), null, null, null, null));
			if (count > 0) {
				suggestions.add(new Suggestion("search.suggest.word", word, count, links.query(word)));
			}
		}
		return suggestions;
	}

	private long count(SearchParams params) {
		return this.search.search(this.search.criteria(params, 1)).total();
	}

	/**
	 * The words of a query to try alone: each of several, or the halves of one long one.
	 */
	static List<String> words(String raw) {
		String[] words = raw.strip().split("\\s+");
		if (words.length > 1) {
			return List.of(words)
				.stream()
				.filter((w) -> w.codePointCount(0, w.length()) >= 2)
				.distinct()
				.limit(4)
				.toList();
		}
		int length = raw.strip().codePointCount(0, raw.strip().length());
		if (length < 4) {
			return List.of();
		}
		String word = raw.strip();
		int middle = word.offsetByCodePoints(0, length / 2);
		return List.of(word.substring(0, middle), word.substring(middle));
	}

	/**
	 * The filters beside the results: the part a match is in, the year, the next region
	 * level and the topic, each with its count under the other filters.
	 */
	private List<FacetGroup> facets(SearchResults results, SearchCriteria criteria, SearchLinks links) {
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

}
