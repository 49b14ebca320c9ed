package org.fazhi.disclosure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.annotation.PreDestroy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts report views (浏览次数): each reader once per report per day, so that reloading a
 * page or a script requesting it in a loop adds nothing. A reader is their address and
 * browser, kept only as a salted hash that changes every day, never stored. Counts are
 * kept in memory and added to the database in one batch every few seconds, so a page view
 * never costs a database write on the request path; a crash loses at most one interval's
 * views, which is acceptable for a statistic.
 */
@Component
class ViewCounter {

	/**
	 * Distinct (report, reader) pairs remembered per day: bounds the memory a flood of
	 * made-up readers can take. Past it, new readers are not counted until the next day.
	 */
	static final int MAX_READERS_PER_DAY = 200_000;

	private static final SecureRandom random = new SecureRandom();

	private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();

	private final Set<Long> seen = ConcurrentHashMap.newKeySet();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private volatile Day day;

	private record Day(LocalDate date, byte[] salt) {
	}

	ViewCounter(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A view of a report that exists, by a reader (their address and browser); counted
	 * when it is the reader's first of that report today.
	 */
	void record(Long reportId, String reader) {
		Day today = today();
		if (this.seen.size() >= MAX_READERS_PER_DAY) {
			return;
		}
		if (this.seen.add(key(today.salt(), reportId, reader))) {
			this.pending.computeIfAbsent(reportId, (id) -> new LongAdder()).increment();
		}
	}

	private Day today() {
		LocalDate date = LocalDate.now(this.clock);
		Day current = this.day;
		if (current == null || !current.date().equals(date)) {
			synchronized (this) {
				current = this.day;
				if (current == null || !current.date().equals(date)) {
					byte[] salt = new byte[16];
					random.nextBytes(salt);
					this.seen.clear();
					current = new Day(date, salt);
					this.day = current;
				}
			}
		}
		return current;
	}

	private static long key(byte[] salt, Long reportId, String reader) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt);
			digest.update(Long.toString(reportId).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(reader.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest.digest()).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
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

	@Scheduled(fixedDelayString = "${fazhi.disclosure.view-flush-interval}")
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
