package org.fazhi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.fazhi.agency.Agency;
import org.fazhi.report.EditionState;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index in step with the database: rebuilds it at start when it is missing or
 * belongs to another database, then applies outbox rows after each commit and on a timer
 * (which is how changes made by other instances arrive).
 */
@Component
class SearchIndexer {

	private static final Log logger = LogFactory.getLog(SearchIndexer.class);

	private static final int BATCH = 500;

	private final ReportIndex index;

	private final ReportEditionRepository editions;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	SearchIndexer(ReportIndex index, ReportEditionRepository editions, JdbcTemplate jdbc,
			PlatformTransactionManager transactions) {
		this.index = index;
		this.editions = editions;
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@EventListener(ApplicationReadyEvent.class)
	void catchUpAtStart() {
		long latest = latestOutboxId();
		if (this.index.wasCreated() || this.index.checkpoint() > latest) {
			// A checkpoint beyond the newest outbox row means this index was built from
			// another
			// database (e.g. before a restore): nothing in it can be trusted.
			rebuild();
		}
		else {
			drain();
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void afterCommit(SearchOutbox.OutboxWritten event) {
		try {
			drain();
		}
		catch (RuntimeException ex) {
			// The change is committed and its outbox row stays; the next poll retries it.
			logger.warn("Indexing after commit failed; will retry on the next poll", ex);
		}
	}

	@Scheduled(fixedDelayString = "${fazhi.index.poll-interval:5s}",
			initialDelayString = "${fazhi.index.poll-interval:5s}")
	void poll() {
		drain();
	}

	/**
	 * Applies every outbox row after the checkpoint, in id order.
	 */
	synchronized void drain() {
		try {
			while (true) {
				List<Map<String, Object>> rows = this.jdbc.queryForList(
						"select id, report_id from search_outbox where id > ? order by id limit " + BATCH,
						this.index.checkpoint());
				if (rows.isEmpty()) {
					return;
				}
				Set<Long> reportIds = rows.stream()
					.map((row) -> ((Number) row.get("report_id")).longValue())
					.collect(Collectors.toCollection(LinkedHashSet::new));
				for (Long reportId : reportIds) {
					apply(reportId);
				}
				this.index.commit(((Number) rows.get(rows.size() - 1).get("id")).longValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Re-indexes every published report from the database.
	 */
	synchronized void rebuild() {
		long checkpoint = latestOutboxId();
		List<Long> reportIds = this.jdbc.queryForList(
				"select distinct report_id from report_edition where state = ? order by report_id", Long.class,
				EditionState.PUBLISHED.name());
		try {
			this.index.deleteAll();
			for (Long reportId : reportIds) {
				apply(reportId);
			}
			this.index.commit(checkpoint);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		logger.info("Search index rebuilt: " + reportIds.size() + " published reports");
		drain();
	}

	private void apply(Long reportId) throws IOException {
		Optional<IndexedReport> published = this.readOnly.execute((status) -> this.editions
			.findFirstByReportIdAndStateOrderByEditionNumberDesc(reportId, EditionState.PUBLISHED)
			.map(SearchIndexer::toIndexed));
		if (published != null && published.isPresent()) {
			this.index.upsert(published.get());
		}
		else {
			this.index.delete(reportId);
		}
	}

	private long latestOutboxId() {
		Long max = this.jdbc.queryForObject("select max(id) from search_outbox", Long.class);
		return (max != null) ? max : 0;
	}

	private static IndexedReport toIndexed(ReportEdition edition) {
		Agency agency = edition.getReport().getAgency();
		String path = agency.path().stream().map(Agency::getShortName).collect(Collectors.joining(" › "));
		List<IndexedReport.Part> parts = edition.getSections()
			.stream()
			.map((s) -> new IndexedReport.Part(s.getKind().name(), s.getHeading(), s.getBody()))
			.toList();
		return new IndexedReport(edition.getReport().getId(), edition.getId(), edition.getTitle(), agency.getFullName(),
				path, edition.getReport().getYear(), edition.getPublishedAt(), parts);
	}

}
