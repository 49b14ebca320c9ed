package org.fazhi.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.agency.AgencyDirectory;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.topic.Topic;
import org.fazhi.topic.TopicRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entries into the published reports: by region (the agency tree with counts), by
 * year and by topic, each narrowed by the others.
 */
@Service
class BrowsePages {

	static final int PAGE_SIZE = 20;

	private final PublishedLists catalog;

	private final AgencyDirectory directory;

	private final TopicRepository topics;

	BrowsePages(PublishedLists catalog, AgencyDirectory directory, TopicRepository topics) {
		this.catalog = catalog;
		this.directory = directory;
		this.topics = topics;
	}

	/**
	 * The home page's entries.
	 *
	 * @param regions provinces down to counties, with counts
	 * @param years report years with counts, newest first
	 * @param topics topics with counts
	 */
	record Entries(List<RegionCount> regions, Map<Integer, Long> years, Map<Topic, Long> topics) {
	}

	/**
	 * One browse page.
	 *
	 * @param filter the filter in force
	 * @param region the region filtered on, as a path from the root, empty for all
	 * @param topic the topic filtered on, or {@code null}
	 * @param subregions the regions one level down, with counts
	 * @param years report years with counts (under the other filters)
	 * @param topics topics with counts (under the other filters)
	 * @param page the page of results
	 */
	record Browse(PublishedLists.Filter filter, List<AgencyDirectory.Node> region, Topic topic,
			List<RegionCount> subregions, Map<Integer, Long> years, Map<Topic, Long> topics, PublishedLists.Page page) {

		public String regionCode() {
			return this.region.isEmpty() ? null : this.region.get(this.region.size() - 1).code();
		}

	}

	@Transactional(readOnly = true)
	Entries entries() {
		Map<Long, Long> byAgency = this.catalog.countsByAgency(PublishedLists.Filter.ALL);
		List<RegionCount> regions = this.directory.roots()
			.stream()
			.map((root) -> tree(root, byAgency, AgencyLevel.COUNTY))
			.filter((r) -> r.count() > 0)
			.toList();
		return new Entries(regions, years(PublishedLists.Filter.ALL), topics(PublishedLists.Filter.ALL));
	}

	@Transactional(readOnly = true)
	Browse browse(PublishedLists.Filter filter, int page) {
		List<AgencyDirectory.Node> region = (filter.regionId() != null) ? this.directory.path(filter.regionId())
				: List.of();
		Map<Long, Long> byAgency = this.catalog
			.countsByAgency(new PublishedLists.Filter(null, filter.year(), filter.topicId()));
		List<AgencyDirectory.Node> below = (filter.regionId() != null) ? this.directory.children(filter.regionId())
				: this.directory.roots();
		List<RegionCount> subregions = below.stream()
			.map((node) -> new RegionCount(node.code(), node.shortName(), rolledUp(node, byAgency), List.of()))
			.filter((r) -> r.count() > 0)
			.toList();
		Topic topic = (filter.topicId() != null) ? this.topics.findById(filter.topicId()).orElse(null) : null;
		return new Browse(filter, region, topic, subregions,
				years(new PublishedLists.Filter(filter.regionId(), null, filter.topicId())),
				topics(new PublishedLists.Filter(filter.regionId(), filter.year(), null)),
				this.catalog.list(filter, page, PAGE_SIZE));
	}

	private RegionCount tree(AgencyDirectory.Node node, Map<Long, Long> byAgency, AgencyLevel deepest) {
		List<RegionCount> children = new ArrayList<>();
		if (node.level() != deepest && node.level() != AgencyLevel.TOWNSHIP) {
			for (AgencyDirectory.Node child : this.directory.children(node.id())) {
				RegionCount counted = tree(child, byAgency, deepest);
				if (counted.count() > 0) {
					children.add(counted);
				}
			}
		}
		return new RegionCount(node.code(), node.shortName(), rolledUp(node, byAgency), children);
	}

	private long rolledUp(AgencyDirectory.Node node, Map<Long, Long> byAgency) {
		long count = byAgency.getOrDefault(node.id(), 0L);
		for (AgencyDirectory.Node child : this.directory.children(node.id())) {
			count += rolledUp(child, byAgency);
		}
		return count;
	}

	private Map<Integer, Long> years(PublishedLists.Filter filter) {
		Map<Integer, Long> years = new LinkedHashMap<>();
		this.catalog.countsByYear(filter)
			.entrySet()
			.stream()
			.sorted(Map.Entry.<Long, Long>comparingByKey().reversed())
			.forEach((e) -> years.put(e.getKey().intValue(), e.getValue()));
		return years;
	}

	private Map<Topic, Long> topics(PublishedLists.Filter filter) {
		Map<Long, Long> counts = this.catalog.countsByTopic(filter);
		Map<Topic, Long> topics = new LinkedHashMap<>();
		this.topics.findAllByOrderByPositionAscIdAsc()
			.stream()
			.filter((t) -> counts.containsKey(t.getId()))
			.sorted(Comparator.comparing(Topic::getPosition))
			.forEach((t) -> topics.put(t, counts.get(t.getId())));
		return topics;
	}

}
