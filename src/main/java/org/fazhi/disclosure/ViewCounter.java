package org.fazhi.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.annotation.PreDestroy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts report views (浏览次数) in memory and adds them to the database in one batch every
 * few seconds, so a page view never costs a database write on the request path. A crash
 * loses at most one interval's views, which is acceptable for a statistic.
 */
@Component
class ViewCounter {

	private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	ViewCounter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(Long reportId) {
		this.pending.computeIfAbsent(reportId, (id) -> new LongAdder()).increment();
	}

	/**
	 * Views of the report not yet written to the database.
	 */
	long pending(Long reportId) {
		LongAdder adder = this.pending.get(reportId);
		return (adder != null) ? adder.sum() : 0;
	}

	@PreDestroy
	void flushAtShutdown() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			// Shutting down without a database: these few views are lost, nothing else
			// is.
		}
	}

	@Scheduled(fixedDelayString = "${fazhi.disclosure.view-flush-interval:10s}")
	void flush() {
		List<Object[]> batch = new ArrayList<>();
		for (Map.Entry<Long, LongAdder> entry : this.pending.entrySet()) {
			long views = entry.getValue().sumThenReset();
			if (views > 0) {
				batch.add(new Object[] { views, entry.getKey() });
			}
		}
		if (!batch.isEmpty()) {
			this.jdbc.batchUpdate("update report set view_count = view_count + ? where id = ?", batch);
		}
	}

}
