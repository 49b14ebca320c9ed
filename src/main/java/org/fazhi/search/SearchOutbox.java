package org.fazhi.search;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a report's public state changed, in the same transaction as the change;
 * {@link SearchIndexer} applies the row after commit.
 */
@Component
public class SearchOutbox {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SearchOutbox(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void reportChanged(Long reportId) {
		this.jdbc.update("insert into search_outbox (report_id, created_at) values (?, ?)", reportId,
				Timestamp.from(this.clock.instant()));
		this.events.publishEvent(new OutboxWritten(reportId));
	}

	/**
	 * Published inside the writing transaction; listeners act on it after commit.
	 *
	 * @param reportId the report that changed
	 */
	record OutboxWritten(Long reportId) {
	}

}
