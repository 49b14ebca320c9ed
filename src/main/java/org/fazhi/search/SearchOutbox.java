package org.fazhi.search;

import java.sql.Timestamp;
import java.time.Clock;

import org.fazhi.report.ReportPublicStateChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a report's public state changed, in the same transaction as the change
 * (this listener runs inside it); {@link SearchIndexer} applies the row after commit. A
 * rolled-back publication leaves no row, and a committed one cannot lose its row.
 */
@Component
class SearchOutbox {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SearchOutbox(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ReportPublicStateChanged change) {
		this.jdbc.update("insert into search_outbox (report_id, created_at) values (?, ?)", change.reportId(),
				Timestamp.from(this.clock.instant()));
		this.events.publishEvent(new OutboxWritten(change.reportId()));
	}

	/**
	 * Published inside the writing transaction; listeners act on it after commit.
	 *
	 * @param reportId the report that changed
	 */
	record OutboxWritten(Long reportId) {
	}

}
