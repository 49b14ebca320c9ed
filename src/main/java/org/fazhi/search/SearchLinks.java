package org.fazhi.search;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * URLs for the search page: the current search with one thing changed — a facet value
 * toggled, a filter removed, another sort or page. Every filter travels in the URL, so a
 * search can be bookmarked and shared.
 */
public final class SearchLinks {

	/**
	 * Everything a search page URL holds but the query.
	 */
	private record State(String region, List<String> years, List<String> topics, String part, Integer yearFrom,
			Integer yearTo, LocalDate from, LocalDate to, String sort, int page) {

		State withRegion(String code) {
			return new State(code, this.years, this.topics, this.part, this.yearFrom, this.yearTo, this.from, this.to,
					this.sort, 0);
		}

		State withYears(List<String> newYears) {
			return new State(this.region, newYears, this.topics, this.part, this.yearFrom, this.yearTo, this.from,
					this.to, this.sort, 0);
		}

		State withTopics(List<String> newTopics) {
			return new State(this.region, this.years, newTopics, this.part, this.yearFrom, this.yearTo, this.from,
					this.to, this.sort, 0);
		}

		State withPart(String newPart) {
			return new State(this.region, this.years, this.topics, newPart, this.yearFrom, this.yearTo, this.from,
					this.to, this.sort, 0);
		}

		State withYearRange(Integer first, Integer last) {
			return new State(this.region, this.years, this.topics, this.part, first, last, this.from, this.to,
					this.sort, 0);
		}

		State withDates(LocalDate first, LocalDate last) {
			return new State(this.region, this.years, this.topics, this.part, this.yearFrom, this.yearTo, first, last,
					this.sort, 0);
		}

		State withSort(String newSort) {
			return new State(this.region, this.years, this.topics, this.part, this.yearFrom, this.yearTo, this.from,
					this.to, newSort, 0);
		}

		State withPage(int newPage) {
			return new State(this.region, this.years, this.topics, this.part, this.yearFrom, this.yearTo, this.from,
					this.to, this.sort, newPage);
		}

	}

	private final String raw;

	private final State state;

	SearchLinks(SearchCriteria criteria, ZoneId zone) {
		this.raw = criteria.raw();
		LocalDate from = (criteria.publishedFrom() != null) ? LocalDate.ofInstant(criteria.publishedFrom(), zone)
				: null;
		// The criteria hold the start of the day after the last day.
		LocalDate to = (criteria.publishedTo() != null) ? LocalDate.ofInstant(criteria.publishedTo(), zone).minusDays(1)
				: null;
		this.state = new State(criteria.regionCode(), criteria.years().stream().map(String::valueOf).toList(),
				criteria.topicIds(), criteria.part(), criteria.yearFrom(), criteria.yearTo(), from, to,
				criteria.byDate() ? "date" : null, criteria.page());
	}

	public String toggleYear(String year) {
		List<String> years = new ArrayList<>(this.state.years());
		if (!years.remove(year)) {
			years.add(year);
		}
		return url(this.state.withYears(years).withSort(null));
	}

	public String toggleTopic(String topic) {
		List<String> topics = new ArrayList<>(this.state.topics());
		if (!topics.remove(topic)) {
			topics.add(topic);
		}
		return url(this.state.withTopics(topics).withSort(null));
	}

	public String region(String code) {
		return url(this.state.withRegion(code).withSort(null));
	}

	public String part(String part) {
		return url(this.state.withPart(part.equals(this.state.part()) ? null : part).withSort(null));
	}

	public String withoutPart() {
		return url(this.state.withPart(null));
	}

	public String withoutYearFrom() {
		return url(this.state.withYearRange(null, this.state.yearTo()));
	}

	public String withoutYearTo() {
		return url(this.state.withYearRange(this.state.yearFrom(), null));
	}

	public String withoutFrom() {
		return url(this.state.withDates(null, this.state.to()));
	}

	public String withoutTo() {
		return url(this.state.withDates(this.state.from(), null));
	}

	/** The query alone, every filter removed. */
	public String withoutFilters() {
		return url(new State(null, List.of(), List.of(), null, null, null, null, null, this.state.sort(), 0));
	}

	/** Another query with the same filters. */
	public String query(String query) {
		return url(this.state.withPage(0), query);
	}

	public String sort(String sort) {
		return url(this.state.withSort(sort));
	}

	public String page(int page) {
		return url(this.state.withPage(page));
	}

	public boolean yearSelected(String year) {
		return this.state.years().contains(year);
	}

	public boolean topicSelected(String topic) {
		return this.state.topics().contains(topic);
	}

	/** Publication dates as the date fields show them (YYYY-MM-DD), or empty. */
	public String fromDate() {
		return (this.state.from() != null) ? this.state.from().toString() : "";
	}

	public String toDate() {
		return (this.state.to() != null) ? this.state.to().toString() : "";
	}

	/** The selected years and topics, re-sent by the form that changes the ranges. */
	public List<String> years() {
		return this.state.years();
	}

	public List<String> topics() {
		return this.state.topics();
	}

	private String url(State state) {
		return url(state, this.raw);
	}

	private static String url(State state, String query) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("q", query);
		if (state.region() != null) {
			params.add("region", state.region());
		}
		state.years().forEach((y) -> params.add("year", y));
		state.topics().forEach((t) -> params.add("topic", t));
		if (state.yearFrom() != null) {
			params.add("yearFrom", state.yearFrom().toString());
		}
		if (state.yearTo() != null) {
			params.add("yearTo", state.yearTo().toString());
		}
		if (state.from() != null) {
			params.add("from", state.from().toString());
		}
		if (state.to() != null) {
			params.add("to", state.to().toString());
		}
		if (state.part() != null) {
			params.add("part", state.part());
		}
		if (state.sort() != null) {
			params.add("sort", state.sort());
		}
		if (state.page() > 0) {
			params.add("page", Integer.toString(state.page()));
		}
		return UriComponentsBuilder.fromPath("/search").queryParams(params).encode().build().toUriString();
	}

}
