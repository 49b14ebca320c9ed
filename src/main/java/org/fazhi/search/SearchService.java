package org.fazhi.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

import org.fazhi.agency.AgencyDirectory;
import org.fazhi.system.Paging;
import org.fazhi.system.QueryParams;
import org.springframework.beans.factory.annotation.Value;
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

	SearchService(ReportIndex index, AgencyDirectory directory, @Value("${fazhi.zone:Asia/Shanghai}") ZoneId zone,
			MeterRegistry meters) {
		this.searches = Timer.builder("fazhi.search")
			.description("Full-text search latency: query, facets and highlighting")
			.publishPercentileHistogram()
			.register(meters);
		this.index = index;
		this.directory = directory;
		this.zone = zone;
	}

	/**
	 * Search parameters as they come from a URL.
	 *
	 * @param q query text
	 * @param region unified code of a region (any level)
	 * @param years selected years
	 * @param yearFrom first year of a range
	 * @param yearTo last year of a range
	 * @param topics selected topic ids
	 * @param part a part kind
	 * @param publishedFrom first publication date (YYYY-MM-DD)
	 * @param publishedTo last publication date (YYYY-MM-DD)
	 * @param sort {@code date} for newest first
	 * @param page page from 0
	 * @param size page size
	 * @param cursor cursor paging: {@code *} to start, then the cursor of the previous
	 * answer; {@code null} for page numbers
	 */
	record Params(String q, String region, List<String> years, String yearFrom, String yearTo, List<String> topics,
			String part, String publishedFrom, String publishedTo, String sort, String page, String size,
			String cursor) {
	}

	SearchCriteria criteria(Params params, int defaultSize) {
		AgencyDirectory.Node region = (params.region() != null && !params.region().isBlank())
				? this.directory.byCode(params.region().strip()).orElse(null) : null;
		String part = (params.part() != null && ReportIndex.PARTS.contains(params.part())) ? params.part() : null;
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
				(region != null) ? region.code() : null, integers(params.years()),
				QueryParams.integer(params.yearFrom()), QueryParams.integer(params.yearTo()), longs(params.topics()),
				part, date(params.publishedFrom(), 0), date(params.publishedTo(), 1), "date".equals(params.sort()),
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

	private java.time.Instant date(String value, int plusDays) {
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
