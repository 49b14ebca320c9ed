package org.fazhi.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The search index as operations see it: a health contributor (part of readiness: an
 * instance whose index cannot be read should not take traffic) and gauges for the
 * indexing lag (outbox rows not yet applied) and the index size.
 */
@Component("searchIndex")
class SearchIndexHealth extends AbstractHealthIndicator {

	/** Changes normally apply within seconds; a minute behind is worth saying. */
	static final long DELAYED_SECONDS = 60;

	private final SearchIndexer indexer;

	SearchIndexHealth(SearchIndexer indexer, MeterRegistry meters) {
		super("Search index check failed");
		this.indexer = indexer;
		// One query per scrape (the lag); the other two are read from the index.
		Gauge.builder("fazhi.index.pending", indexer, SearchIndexer::pending)
			.description("Outbox rows not yet applied to this instance's index (indexing lag)")
			.register(meters);
		Gauge.builder("fazhi.index.documents", indexer, SearchIndexer::documents)
			.description("Reports in this instance's search index")
			.register(meters);
		Gauge.builder("fazhi.index.checkpoint", indexer, SearchIndexer::checkpoint)
			.description("Last outbox row applied to this instance's index")
			.register(meters);
		Gauge.builder("fazhi.index.lag.seconds", indexer, SearchIndexer::lagSeconds)
			.description("How long the oldest change not yet applied has waited (a long transaction anywhere "
					+ "on the PostgreSQL server holds indexing back)")
			.register(meters);
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		SearchIndexer.Status status = this.indexer.status();
		long lag = this.indexer.lagSeconds();
		builder.withDetail("documents", status.documents())
			.withDetail("published", status.published())
			.withDetail("pending", status.pending())
			.withDetail("lagSeconds", lag)
			.withDetail("rebuilding", status.rebuilding());
		if (lag > DELAYED_SECONDS) {
			// Searches still answer, from an index that is behind: say so, and why.
			builder.withDetail("delayed", "indexing is held back, most likely by a long-running transaction "
					+ "on the database server (see ADR 0004)");
		}
		// While a rebuild runs the previous index keeps answering, so the instance stays
		// ready; an index with nothing in it while reports are published (first start,
		// index lost, restored database) is not, until the rebuild has filled it.
		if (status.documents() == 0 && status.published() > 0) {
			builder.down();
		}
		else {
			builder.up();
		}
	}

}
