package org.fazhi.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.fazhi.system.ClockTimeMeter;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing with token buckets (Bucket4j): each account name may fail a few
 * times before it is locked for a while, and each client address may only try so often.
 * Buckets are kept per name whether or not such an account exists, so the answer never
 * tells a stranger which names are real. State is per instance and in memory: a restart
 * forgets it, which only ever errs towards letting a user in.
 */
@Component
public class LoginThrottle {

	/** Why a sign-in is refused before the password is even checked. */
	public enum Refusal {

		/** This account name failed too often recently. */
		ACCOUNT_LOCKED,

		/** Sign-ins from this address failed too often recently. */
		TOO_MANY_FROM_ADDRESS

	}

	// A hard bound on memory under a flood of made-up names or addresses; clearing
	// everything is crude but only ever forgives.
	private static final int MAX_ENTRIES = 100_000;

	private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();

	private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

	private final int failuresBeforeLock;

	private final Duration lockFor;

	private final int failuresPerAddress;

	private final Duration addressWindow;

	private final TimeMeter time;

	LoginThrottle(SecuritySettings settings, Clock clock) {
		this.failuresBeforeLock = settings.login().failuresBeforeLock();
		this.lockFor = settings.login().lockDuration();
		this.failuresPerAddress = settings.login().failuresPerAddress();
		this.addressWindow = settings.login().addressWindow();
		// On the injected clock, so that tests can move time on.
		this.time = new ClockTimeMeter(clock);
	}

	/**
	 * Whether a sign-in as {@code username} from {@code address} must be refused before
	 * its password is checked. Only failures count against a name or an address, so an
	 * API client that signs every request with the right password is never slowed.
	 */
	public Optional<Refusal> attempt(String username, String address) {
		Bucket fromAddress = this.addresses.get(addressKey(address));
		if (fromAddress != null && fromAddress.getAvailableTokens() <= 0) {
			return Optional.of(Refusal.TOO_MANY_FROM_ADDRESS);
		}
		if (isLocked(username)) {
			return Optional.of(Refusal.ACCOUNT_LOCKED);
		}
		return Optional.empty();
	}

	public void failed(String username, String address) {
		bucket(this.accounts, key(username), () -> limit(this.failuresBeforeLock, this.lockFor)).tryConsume(1);
		bucket(this.addresses, addressKey(address), () -> limit(this.failuresPerAddress, this.addressWindow))
			.tryConsume(1);
	}

	public void succeeded(String username) {
		this.accounts.remove(key(username));
	}

	/**
	 * Lifts a lock early (an admin did, after checking with the person).
	 */
	public void unlock(String username) {
		this.accounts.remove(key(username));
	}

	public boolean isLocked(String username) {
		Bucket bucket = this.accounts.get(key(username));
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	private Bucket limit(int capacity, Duration window) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
			.withCustomTimePrecision(this.time)
			.build();
	}

	private static Bucket bucket(Map<String, Bucket> buckets, String key, Supplier<Bucket> create) {
		if (buckets.size() > MAX_ENTRIES) {
			buckets.clear();
		}
		return buckets.computeIfAbsent((key != null) ? key : "-", (k) -> create.get());
	}

	private static String addressKey(String address) {
		return (address != null) ? address : "-";
	}

	static String key(String username) {
		if (username == null) {
			return "-";
		}
		String key = username.strip().toLowerCase(Locale.ROOT);
		return (key.length() > 64) ? key.substring(0, 64) : key;
	}

}
