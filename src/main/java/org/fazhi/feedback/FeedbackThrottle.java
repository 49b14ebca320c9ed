package org.fazhi.feedback;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.fazhi.system.ClockTimeMeter;
import org.springframework.stereotype.Component;

/**
 * Bounds what strangers can send (Bucket4j, no captcha): a few reports per client address
 * in a window, and a ceiling for the whole site, so that neither one person nor many can
 * fill the county's inbox or the database.
 */
@Component
class FeedbackThrottle {

	/** Reports one address may send in {@link #WINDOW}. */
	static final int PER_ADDRESS = 5;

	/** Reports the whole site takes in {@link #WINDOW}. */
	static final int SITE_WIDE = 200;

	static final Duration WINDOW = Duration.ofHours(1);

	/** A hard bound on memory under a flood of addresses; clearing only ever forgives. */
	private static final int MAX_ADDRESSES = 100_000;

	private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

	private final TimeMeter time;

	private final Bucket site;

	FeedbackThrottle(Clock clock) {
		// On the injected clock, so that tests can move time on.
		this.time = new ClockTimeMeter(clock);
		this.site = limit(SITE_WIDE);
	}

	/** Takes one report from {@code address}, or says it must wait. */
	boolean tryTake(String address) {
		if (this.addresses.size() > MAX_ADDRESSES) {
			this.addresses.clear();
		}
		Bucket own = this.addresses.computeIfAbsent((address != null) ? address : "-", (a) -> limit(PER_ADDRESS));
		return own.tryConsume(1) && this.site.tryConsume(1);
	}

	private Bucket limit(int capacity) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, WINDOW).build())
			.withCustomTimePrecision(this.time)
			.build();
	}

}
