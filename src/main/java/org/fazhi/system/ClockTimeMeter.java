package org.fazhi.system;

import java.time.Clock;

import io.github.bucket4j.TimeMeter;

/**
 * Bucket4j's time read from the injected {@link Clock}, so that a rate limit refills as
 * the service's clock moves (and tests can move it on).
 */
public final class ClockTimeMeter implements TimeMeter {

	private final Clock clock;

	public ClockTimeMeter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public long currentTimeNanos() {
		return this.clock.millis() * 1_000_000L;
	}

	@Override
	public boolean isWallClockBased() {
		return true;
	}

}
