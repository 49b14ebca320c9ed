package org.fazhi.support;

import java.time.Duration;

import org.awaitility.core.ThrowingRunnable;

import static org.awaitility.Awaitility.await;

/**
 * Search answers a change once the indexer has applied it. On PostgreSQL the indexer
 * waits for every older transaction anywhere on the server to end (ADR 0004), so a test
 * checks search with a deadline instead of at once: it never fails because some other
 * transaction happened to be running.
 */
public final class Indexing {

	/** Far longer than indexing ever takes; only a real failure reaches it. */
	private static final Duration DEADLINE = Duration.ofSeconds(60);

	private Indexing() {
	}

	/**
	 * Runs the check until it passes, failing with its last error after the deadline.
	 */
	public static void eventually(ThrowingRunnable check) {
		await().atMost(DEADLINE).pollInterval(Duration.ofMillis(200)).untilAsserted(check);
	}

}
