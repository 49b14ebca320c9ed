package org.fazhi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.fazhi.report.EditionState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the database, the source of truth. At start it rebuilds a
 * missing or outdated index and otherwise replays the outbox from the checkpoint; then it
 * applies outbox rows after each local commit and on a timer (which is how changes made
 * by other instances arrive). Applying a row re-reads the report, so order within a batch
 * and repeats do not matter.
 *
 * <p>
 * Which rows are safe to apply, and the position recorded for them, is the
 * {@link OutboxCursor}'s: by transaction id on PostgreSQL, by row id on H2.
 */
@Component
class SearchIndexer {

	private static final Log logger = LogFactory.getLog(SearchIndexer.class);

	private final ReportIndex index;

	private final IndexSource loader;

	private final JdbcTemplate jdbc;

	private final OutboxCursor cursor;

	private final Clock clock;

	private final Duration retention;

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	private final AtomicInteger rebuildDone = new AtomicInteger();

	private final AtomicInteger rebuildTotal = new AtomicInteger();

	private final ApplicationEventPublisher events;

	SearchIndexer(ReportIndex index, IndexSource loader, JdbcTemplate jdbc, DataSource dataSource, Clock clock,
			IndexSettings settings, ApplicationEventPublisher events) {
		this.events = events;
		this.index = index;
		this.loader = loader;
		this.jdbc = jdbc;
		this.cursor = OutboxCursor.of(jdbc, dataSource);
		this.clock = clock;
		this.retention = settings.outboxRetention();
	}

	@EventListener(ApplicationReadyEvent.class)
	void catchUpAtStart() {
		long latest = latestOutboxId();
		Long oldest = this.jdbc.queryForObject("select min(id) from search_outbox", Long.class);
		boolean missedPruned = oldest != null && this.index.checkpoint() < oldest - 1;
		if (this.index.needsRebuild() || this.index.checkpoint() > latest || missedPruned) {
			// A checkpoint beyond the newest outbox row means this index was built from
			// another database (e.g. before a restore); one before the oldest row means
			// rows it needed were pruned. Either way only a rebuild can be trusted.
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

	@Scheduled(fixedDelayString = "${fazhi.index.poll-interval}", initialDelayString = "${fazhi.index.poll-interval}")
	void poll() {
		drain();
	}

	/**
	 * Applies every outbox row the index has not seen yet.
	 */
	synchronized void drain() {
		if (this.rebuilding.get()) {
			return;
		}
		try {
			this.cursor.drain(this.index, this::apply);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void apply(List<Map<String, Object>> rows) throws IOException {
		Set<Long> reportIds = rows.stream()
			.map((row) -> ((Number) row.get("report_id")).longValue())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		apply(reportIds);
		this.events.publishEvent(new PublicReportsChanged(Set.copyOf(reportIds)));
	}

	/**
	 * Re-indexes every published report from the database. Searchers keep the old index
	 * until the single commit at the end, so readers switch from the old complete index
	 * to the new complete one at once.
	 */
	void rebuild() {
		if (!this.rebuilding.compareAndSet(false, true)) {
			return;
		}
		try {
			synchronized (this) {
				long checkpoint = latestOutboxId();
				long watermark = this.cursor.watermarkNow();
				List<Long> reportIds = this.jdbc.queryForList(
						"select distinct report_id from report_edition where state = ? order by report_id", Long.class,
						EditionState.PUBLISHED.name());
				this.rebuildTotal.set(reportIds.size());
				this.rebuildDone.set(0);
				this.index.deleteAll();
				indexAll(this.index, this.loader, reportIds, this.rebuildDone);
				this.index.commit(checkpoint, watermark);
				this.events.publishEvent(new PublicReportsChanged(Set.of()));
				logger.info("Search index rebuilt: " + reportIds.size() + " published reports");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.rebuilding.set(false);
		}
		drain();
	}

	/**
	 * Loads and indexes the reports in batches on every core: the index writer is safe
	 * for concurrent use, and analysis (smartcn above all) is the bulk of the work.
	 */
	static void indexAll(ReportIndex index, IndexSource loader, List<Long> reportIds, AtomicInteger done)
			throws IOException {
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> work = new ArrayList<>();
			for (List<Long> batch : IndexSource.batches(reportIds)) {
				work.add(pool.submit(() -> {
					for (IndexedReport report : loader.load(batch)) {
						index.upsert(report);
					}
					done.addAndGet(batch.size());
					return null;
				}));
			}
			for (Future<?> future : work) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while indexing", ex);
		}
		catch (ExecutionException ex) {
			throw new IOException("Indexing failed", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Compares (report, edition) pairs between the database and the index and repairs
	 * every difference by re-applying the report.
	 * @return how many reports were repaired
	 */
	synchronized int reconcile() {
		try {
			Map<Long, Long> indexed = this.index.editionsByReport();
			Map<Long, Long> published = this.jdbc
				.queryForList("select report_id, id from report_edition where state = ?", EditionState.PUBLISHED.name())
				.stream()
				.collect(Collectors.toMap((row) -> ((Number) row.get("report_id")).longValue(),
						(row) -> ((Number) row.get("id")).longValue(), Math::max));
			Set<Long> differing = new LinkedHashSet<>();
			published.forEach((report, edition) -> {
				if (!edition.equals(indexed.get(report))) {
					differing.add(report);
				}
			});
			indexed.keySet().stream().filter((report) -> !published.containsKey(report)).forEach(differing::add);
			apply(differing);
			if (!differing.isEmpty()) {
				this.index.commit(this.index.checkpoint(), this.index.watermark());
				this.events.publishEvent(new PublicReportsChanged(Set.copyOf(differing)));
				logger.warn("Search index reconciliation repaired " + differing.size() + " reports");
			}
			return differing.size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Outbox rows older than the retention are no longer needed: every instance has long
	 * applied them, and an index further behind than that is rebuilt anyway.
	 */
	@Scheduled(fixedDelayString = "${fazhi.index.prune-interval}", initialDelayString = "${fazhi.index.prune-interval}")
	void prune() {
		this.jdbc.update("delete from search_outbox where created_at < ? and id <= ?",
				Timestamp.from(this.clock.instant().minus(this.retention)), this.index.checkpoint());
	}

	/**
	 * The index's state for the admin page.
	 *
	 * @param documents reports in the index
	 * @param published published reports in the database
	 * @param checkpoint last applied outbox id
	 * @param pending outbox rows not yet applied
	 * @param rebuilding whether a rebuild is running
	 * @param rebuildDone reports re-indexed so far in that rebuild
	 * @param rebuildTotal reports to re-index in that rebuild
	 */
	record Status(int documents, long published, long checkpoint, long pending, boolean rebuilding, int rebuildDone,
			int rebuildTotal) {
	}

	Status status() {
		Long published = this.jdbc.queryForObject(
				"select count(distinct report_id) from report_edition where state = ?", Long.class,
				EditionState.PUBLISHED.name());
		return new Status(this.index.documentCount(), (published != null) ? published : 0, this.index.checkpoint(),
				pending(), this.rebuilding.get(), this.rebuildDone.get(), this.rebuildTotal.get());
	}

	/**
	 * Outbox rows this instance has not applied yet: the indexing lag.
	 */
	long pending() {
		Long pending = this.jdbc.queryForObject("select count(*) from search_outbox where id > ?", Long.class,
				this.index.checkpoint());
		return (pending != null) ? pending : 0;
	}

	/**
	 * How long the oldest change this instance has not applied has waited, in seconds (0
	 * when none waits). On PostgreSQL a long transaction anywhere on the server holds
	 * indexing back (ADR 0004); this is how operations see it.
	 */
	long lagSeconds() {
		Timestamp oldest = this.jdbc.queryForObject("select min(created_at) from search_outbox where id > ?",
				Timestamp.class, this.index.checkpoint());
		return (oldest == null) ? 0
				: Math.max(0, Duration.between(oldest.toInstant(), this.clock.instant()).toSeconds());
	}

	int documents() {
		return this.index.documentCount();
	}

	long checkpoint() {
		return this.index.checkpoint();
	}

	/**
	 * Upserts the reports that have a published edition and deletes the others, loading
	 * them the same batched way a rebuild does.
	 */
	private void apply(Set<Long> reportIds) throws IOException {
		for (List<Long> batch : IndexSource.batches(List.copyOf(reportIds))) {
			Set<Long> published = new HashSet<>();
			for (IndexedReport report : this.loader.load(batch)) {
				this.index.upsert(report);
				published.add(report.reportId());
			}
			for (Long reportId : batch) {
				if (!published.contains(reportId)) {
					this.index.delete(reportId);
				}
			}
		}
	}

	private long latestOutboxId() {
		Long max = this.jdbc.queryForObject("select max(id) from search_outbox", Long.class);
		return (max != null) ? max : 0;
	}

}
