package org.fazhi.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock a test moves by hand, so that a whole reporting year (January drafts, the 1
 * March deadline, scheduled publications, April) can be walked in seconds. Time does not
 * pass on its own.
 */
public final class MutableClock extends Clock {

	private final ZoneId zone;

	private volatile Instant now;

	public MutableClock(LocalDateTime start, ZoneId zone) {
		this.zone = zone;
		this.now = start.atZone(zone).toInstant();
	}

	/**
	 * Moves to a local date and time in the clock's zone (forwards or backwards).
	 */
	public void set(LocalDateTime local) {
		this.now = local.atZone(this.zone).toInstant();
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		throw new UnsupportedOperationException("The service's zone is fixed");
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
