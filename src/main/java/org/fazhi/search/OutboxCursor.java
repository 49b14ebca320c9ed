package org.fazhi.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * How the indexer walks the search outbox: which rows are safe to apply now and what
 * position the index records for them. Chosen once by database.
 */
sealed interface OutboxCursor permits OutboxCursor.ByTransaction, OutboxCursor.ById {

	/**
	 * Applies the rows written since the index's position, committing the index with the
	 * position after them.
	 */
	void drain(ReportIndex index, Applier applier) throws IOException;

	/**
	 * The watermark a rebuild that starts now records: every change older than it is in
	 * the database the rebuild reads.
	 */
	long watermarkNow();

	static OutboxCursor of(JdbcTemplate jdbc, DataSource dataSource) {
		return isPostgres(dataSource) ? new ByTransaction(jdbc) : new ById(jdbc);
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource,
					(metaData) -> metaData.getDatabaseProductName());
			return "PostgreSQL".equalsIgnoreCase(product);
		}
		catch (Exception ex) {
			return false;
		}
	}

	/**
	 * Applies outbox rows ({@code id}, {@code report_id}) to the index.
	 */
	@FunctionalInterface
	interface Applier {

		void apply(List<Map<String, Object>> rows) throws IOException;

	}

	/**
	 * PostgreSQL: rows are consumed by transaction id, only those written by transactions
	 * older than the oldest one still running ({@code pg_snapshot_xmin}), so a
	 * transaction that commits late can never be skipped. The watermark is that
	 * transaction id.
	 */
	final class ByTransaction implements OutboxCursor {

		private final JdbcTemplate jdbc;

		ByTransaction(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public void drain(ReportIndex index, Applier applier) throws IOException {
			// Every transaction below xmin has finished, so all its rows are visible now.
			long xmin = watermarkNow();
			long watermark = index.watermark();
			if (xmin <= watermark) {
				return;
			}
			List<Map<String, Object>> rows = this.jdbc.queryForList(
					"select id, report_id from search_outbox where txid >= ? and txid < ? order by id", watermark,
					xmin);
			applier.apply(rows);
			long checkpoint = rows.isEmpty() ? index.checkpoint() : Math.max(index.checkpoint(), lastId(rows));
			index.commit(checkpoint, xmin);
		}

		@Override
		public long watermarkNow() {
			return this.jdbc.queryForObject("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint", Long.class);
		}

	}

	/**
	 * The single-instance H2 default: rows are consumed in id order, in batches.
	 */
	final class ById implements OutboxCursor {

		private static final int BATCH = 500;

		private final JdbcTemplate jdbc;

		ById(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public void drain(ReportIndex index, Applier applier) throws IOException {
			while (true) {
				List<Map<String, Object>> rows = this.jdbc.queryForList(
						"select id, report_id from search_outbox where id > ? order by id limit " + BATCH,
						index.checkpoint());
				if (rows.isEmpty()) {
					return;
				}
				applier.apply(rows);
				index.commit(lastId(rows), index.watermark());
			}
		}

		@Override
		public long watermarkNow() {
			return 0;
		}

	}

	private static long lastId(List<Map<String, Object>> rows) {
		return ((Number) rows.get(rows.size() - 1).get("id")).longValue();
	}

}
