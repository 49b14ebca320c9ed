package org.fazhi.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fazhi.system.FacetGroup;
import org.fazhi.system.Messages;
import org.fazhi.topic.Topic;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters beside a browse page: the regions one level down, the years and the topics,
 * each keeping the other filters, with a link that clears a filter in force.
 */
@Component
class BrowseFacets {

	private final Messages messages;

	BrowseFacets(Messages messages) {
		this.messages = messages;
	}

	List<FacetGroup> of(BrowsePages.Browse browse) {
		String region = browse.regionCode();
		Integer year = browse.filter().year();
		Long topic = browse.filter().topicId();
		List<FacetGroup.Link> regions = browse.subregions()
			.stream()
			.map((r) -> new FacetGroup.Link(r.name(), r.count(), href(r.code(), year, topic), false))
			.toList();
		List<FacetGroup.Link> years = new ArrayList<>();
		if (year != null) {
			years.add(new FacetGroup.Link(this.messages.text("browse.anyYear"), FacetGroup.Link.NO_COUNT,
					href(region, null, topic), false));
		}
		// The year as text: a number argument would be written 2,024.
		browse.years()
			.forEach((y, count) -> years
				.add(new FacetGroup.Link(this.messages.text("search.yearLabel", Integer.toString(y)), count,
						href(region, y, topic), y.equals(year))));
		List<FacetGroup.Link> topics = new ArrayList<>();
		if (topic != null) {
			topics.add(new FacetGroup.Link(this.messages.text("browse.anyTopic"), FacetGroup.Link.NO_COUNT,
					href(region, year, null), false));
		}
		for (var entry : browse.topics().entrySet()) {
			Topic t = entry.getKey();
			topics.add(new FacetGroup.Link(t.getName(), entry.getValue(), href(region, year, t.getId()),
					Objects.equals(t.getId(), topic)));
		}
		return List.of(new FacetGroup("browse.subregions", regions), new FacetGroup("home.byYear", years),
				new FacetGroup("home.byTopic", topics));
	}

	private static String href(String region, Integer year, Long topic) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/browse");
		if (region != null) {
			uri.queryParam("region", region);
		}
		if (year != null) {
			uri.queryParam("year", year);
		}
		if (topic != null) {
			uri.queryParam("topic", topic);
		}
		return uri.encode().build().toUriString();
	}

}
