package org.fazhi.webhook;

import java.time.Duration;
import java.util.List;

import org.fazhi.system.WebAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where publications are pushed and how hard delivery tries; defaults in
 * {@code application.yml}.
 *
 * @param receivers each receiver's address and the secret its signatures are made with
 * @param interval how often due deliveries are sent
 * @param maxAttempts attempts before a delivery is given up (and shown as failed)
 * @param firstRetry wait after the first failure; each further failure doubles it
 * @param timeout how long one attempt may take
 */
@ConfigurationProperties("fazhi.webhooks")
record WebhookSettings(List<Receiver> receivers, Duration interval, int maxAttempts, Duration firstRetry,
		Duration timeout) {

	/** Shortest secret accepted: a guessable one would let anyone forge a delivery. */
	static final int SHORTEST_SECRET = 16;

	/** Longest wait between attempts. */
	static final Duration LONGEST_WAIT = Duration.ofHours(6);

	/**
	 * One receiver.
	 *
	 * @param url where to POST
	 * @param secret the HMAC key, shared with the receiver
	 */
	record Receiver(String url, String secret) {

		Receiver {
			if (!WebAddress.isWeb(url)) {
				throw new IllegalArgumentException(
						"fazhi.webhooks.receivers: \"" + url + "\" is not an http(s) address");
			}
			if (secret == null || secret.length() < SHORTEST_SECRET) {
				throw new IllegalArgumentException("fazhi.webhooks.receivers: the secret for " + url + " needs "
						+ SHORTEST_SECRET + "+ characters");
			}
		}

	}

	WebhookSettings {
		receivers = (receivers != null) ? List.copyOf(receivers) : List.of();
	}

	/** The wait before attempt {@code attempts + 1}, after {@code attempts} failures. */
	Duration backoff(int attempts) {
		Duration wait = this.firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
		return (wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait;
	}

}
