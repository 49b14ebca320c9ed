package org.fazhi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.fazhi.agency.AgencyDirectory;
import org.fazhi.system.Paging;
import org.fazhi.system.QueryParams;
import org.springframework.stereotype.Service;

/**
 * Turns request parameters into a search and runs it. Every parameter is forgiving: what
 * cannot be understood is ignored rather than failing the page.
 */
@Service
class SearchService {

	private final ReportIndex index;

	private final AgencyDirectory directory;

	private final ZoneId zone;

	private final Timer searches;

	SearchService(ReportIndex index, AgencyDirectory directory, Clock clock, MeterRegistry meters) {
		this.searches = Timer.builder("fazhi.search")
			.description("Full-text search latency: query, facets and highlighting")
			.publishPercentileHistogram()
			.register(meters);
		this.index = index;
		this.directory = directory;
		// Publication dates are the service's calendar days, in its zone.
		this.zone = clock.getZone();
	}

	SearchCriteria criteria(SearchParams params, int defaultSize) {
		AgencyDirectory.Node region = (params.region() != null && !params.region().isBlank())
				? this.directory.byCode(params.region().strip()).orElse(null) : null;
		String part = (params.part() != null && ReportDocuments.PARTS.contains(params.part())) ? params.part() : null;
		int size = Math.clamp(orDefault(QueryParams.integer(params.size()), defaultSize), 1, SearchCriteria.MAX_SIZE);
		int page = Math.max(0, orDefault(QueryParams.integer(params.page()), 0));
		SearchCriteria.Cursor cursor = (params.cursor() != null) ? SearchCursors.decode(params.cursor()) : null;
		if (cursor == null) {
			// Refused before any work: a deep page would rank the whole window.
			Paging.offset(page, size);
		}
		SearchQuery query = SearchQuery.parse(params.q());
		String raw = (params.q() == null) ? ""
				: params.q().strip().substring(0, Math.min(params.q().strip().length(), SearchQuery.MAX_LENGTH));
		return new SearchCriteria(query, raw, (region != null) ? region.level().name() : null,
				(region != null) ? region.code() : null, integers(params.year()),
				QueryParams.integer(params.yearFrom()), QueryParams.integer(params.yearTo()), longs(params.topic()),
				part, date(params.from(), 0), date(params.to(), 1), "date".equals(params.sort()),
				(cursor != null) ? 0 : page, size, cursor);
	}

	/**
	 * Runs the search; a page past the last one there is is refused.
	 */
	SearchResults search(SearchCriteria criteria) {
		SearchResults results = this.searches.record(() -> {
			try {
				return this.index.search(criteria);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		if (criteria.cursor() == null) {
			Paging.requireExists(criteria.page(), criteria.size(), results.total());
		}
		return results;
	}

	/**
	 * The region filter's path, for the breadcrumb of the filter.
	 */
	List<AgencyDirectory.Node> regionPath(String code) {
		return (code == null) ? List.of()
				: this.directory.byCode(code).map((n) -> this.directory.path(n.id())).orElse(List.of());
	}

	AgencyDirectory.Node region(String code) {
		return this.directory.byCode(code).orElse(null);
	}

	private Instant date(String value, int plusDays) {
		try {
			return (value == null || value.isBlank()) ? null
					: LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(this.zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static int orDefault(Integer value, int fallback) {
		return (value != null) ? value : fallback;
	}

	private static List<Integer> integers(List<String> values) {
		return (values == null) ? List.of()
				: values.stream().map(QueryParams::integer).filter(Objects::nonNull).distinct().limit(20).toList();
	}

	private static List<String> longs(List<String> values) {
		return (values == null) ? List.of()
				: values.stream()
					.map(QueryParams::integer)
					.filter(Objects::nonNull)
					.map(String::valueOf)
					.distinct()
					.limit(20)
					.toList();
	}

}
