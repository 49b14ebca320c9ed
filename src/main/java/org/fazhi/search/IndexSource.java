package org.fazhi.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.agency.AgencyDirectory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads published reports for indexing in batches: three queries per batch however many
 * reports it holds (editions, parts, topics), with region paths from the in-memory agency
 * directory. A full rebuild of hundreds of thousands of reports depends on this.
 */
@Component
class IndexSource {

	static final int BATCH = 500;

	private final NamedParameterJdbcTemplate jdbc;

	private final AgencyDirectory directory;

	IndexSource(NamedParameterJdbcTemplate jdbc, AgencyDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/**
	 * Report ids cut into loading batches.
	 */
	static List<List<Long>> batches(List<Long> reportIds) {
		List<List<Long>> batches = new ArrayList<>();
		for (int from = 0; from < reportIds.size(); from += BATCH) {
			batches.add(reportIds.subList(from, Math.min(from + BATCH, reportIds.size())));
		}
		return batches;
	}

	/**
	 * The published edition of each of the reports that has one, as the index holds it.
	 */
	List<IndexedReport> load(Collection<Long> reportIds) {
		if (reportIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource reports = new MapSqlParameterSource("reports", reportIds).addValue("state", "PUBLISHED");
		Map<Long, Map<String, Object>> editions = new LinkedHashMap<>();
		for (Map<String, Object> row : this.jdbc.queryForList("""
				select e.id, e.report_id, e.title, e.published_at, r.report_year, r.agency_id
				from report_edition e join report r on r.id = e.report_id
				where e.state = :state and e.report_id in (:reports)
				order by e.report_id""", reports)) {
			editions.put(((Number) row.get("id")).longValue(), row);
		}
		if (editions.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource ids = new MapSqlParameterSource("editions", editions.keySet());
		Map<Long, List<IndexedReport.Part>> parts = new HashMap<>();
		for (Map<String, Object> row : this.jdbc.queryForList(
				"select edition_id, kind, heading, body from report_section where edition_id in (:editions) order by position",
				ids)) {
			parts.computeIfAbsent(((Number) row.get("edition_id")).longValue(), (k) -> new ArrayList<>())
				.add(new IndexedReport.Part((String) row.get("kind"), (String) row.get("heading"),
						String.valueOf(row.get("body"))));
		}
		Map<Long, List<String>> topics = this.jdbc
			.queryForList("select edition_id, topic_id from edition_topic where edition_id in (:editions)", ids)
			.stream()
			.collect(Collectors.groupingBy((row) -> ((Number) row.get("edition_id")).longValue(), Collectors
				.mapping((row) -> String.valueOf(((Number) row.get("topic_id")).longValue()), Collectors.toList())));
		List<IndexedReport> loaded = new ArrayList<>();
		editions.forEach((editionId, row) -> {
			List<AgencyDirectory.Node> path = this.directory.path(((Number) row.get("agency_id")).longValue());
			AgencyDirectory.Node agency = path.get(path.size() - 1);
			loaded.add(new IndexedReport(((Number) row.get("report_id")).longValue(), editionId,
					(String) row.get("title"), agency.fullName(),
					path.stream().map(AgencyDirectory.Node::shortName).collect(Collectors.joining(" › ")),
					path.stream().map((n) -> new IndexedReport.Region(n.level().name(), n.code())).toList(),
					((Number) row.get("report_year")).intValue(), instant(row.get("published_at")),
					topics.getOrDefault(editionId, List.of()), parts.getOrDefault(editionId, List.of())));
		});
		return loaded;
	}

	private static Instant instant(Object value) {
		if (value instanceof OffsetDateTime odt) {
			return odt.toInstant();
		}
		if (value instanceof Timestamp ts) {
			return ts.toInstant();
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
	}

}
