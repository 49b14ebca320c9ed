package org.fazhi.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries: each a JSON POST signed with its receiver's secret (HMAC-SHA256
 * of the timestamp, a dot and the body, in {@code X-Fazhi-Signature}), the outcome
 * written to the delivery log, a failure tried again after a doubling wait until the last
 * attempt. A delivery is claimed before it is sent, so instances never send one twice at
 * once; a receiver should still treat {@code X-Fazhi-Delivery} as an idempotency key.
 */
@Component
class WebhookSender {

	/** Deliveries sent per run, so that a backlog never holds the scheduler long. */
	static final int PER_RUN = 20;

	/** How long a claimed delivery is this instance's before another may take it. */
	static final Duration CLAIM = Duration.ofMinutes(2);

	static final String SIGNATURE = "X-Fazhi-Signature";

	static final String TIMESTAMP = "X-Fazhi-Timestamp";

	static final String DELIVERY = "X-Fazhi-Delivery";

	static final String EVENT = "X-Fazhi-Event";

	private static final Log logger = LogFactory.getLog(WebhookSender.class);

	private final WebhookSettings settings;

	private final WebhookDeliveryRepository deliveries;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final HttpClient http;

	WebhookSender(WebhookSettings settings, WebhookDeliveryRepository deliveries, TransactionTemplate transaction,
			Clock clock) {
		this.settings = settings;
		this.deliveries = deliveries;
		this.transaction = transaction;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Sends what is due now.
	 * @return how many were sent (delivered or not)
	 */
	@Scheduled(fixedDelayString = "${fazhi.webhooks.interval}", initialDelayString = "${fazhi.webhooks.interval}")
	public int sendDue() {
		Instant now = this.clock.instant();
		Map<String, String> secrets = this.settings.receivers()
			.stream()
			.collect(Collectors.toMap(WebhookSettings.Receiver::url, WebhookSettings.Receiver::secret, (a, b) -> a));
		int sent = 0;
		List<Long> due = this.deliveries.findDue(now, PageRequest.of(0, PER_RUN));
		for (Long id : due) {
			Integer claimed = this.transaction.execute((status) -> this.deliveries.claim(id, now, now.plus(CLAIM)));
			if (claimed == null || claimed == 0) {
				continue;
			}
			WebhookDelivery delivery = this.deliveries.findById(id).orElseThrow();
			Outcome outcome = send(delivery, secrets::get);
			this.transaction.executeWithoutResult((status) -> record(id, outcome));
			sent++;
		}
		return sent;
	}

	/** What one attempt came to: the receiver's status, or what went wrong before one. */
	private record Outcome(Integer status, String error) {

		boolean delivered() {
			return this.status != null && this.status >= 200 && this.status < 300;
		}

	}

	private Outcome send(WebhookDelivery delivery, Function<String, String> secrets) {
		String secret = secrets.apply(delivery.getReceiver());
		if (secret == null) {
			return new Outcome(null, "receiver no longer configured");
		}
		String timestamp = Long.toString(this.clock.instant().getEpochSecond());
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.getReceiver()))
				.timeout(this.settings.timeout())
				.header("Content-Type", "application/json; charset=utf-8")
				.header("User-Agent", "Fazhi-Webhook/1")
				.header(EVENT, delivery.getEvent())
				.header(DELIVERY, delivery.getId().toString())
				.header(TIMESTAMP, timestamp)
				.header(SIGNATURE, "sha256=" + sign(secret, timestamp, delivery.getPayload()))
				.POST(HttpRequest.BodyPublishers.ofString(delivery.getPayload(), StandardCharsets.UTF_8))
				.build();
			HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
			return new Outcome(response.statusCode(), null);
		}
		catch (IOException | RuntimeException ex) {
			return new Outcome(null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(null, "interrupted");
		}
	}

	private void record(Long id, Outcome outcome) {
		WebhookDelivery delivery = this.deliveries.findById(id).orElseThrow();
		Instant now = this.clock.instant();
		if (outcome.delivered()) {
			delivery.delivered(outcome.status(), now);
			return;
		}
		int attempts = delivery.getAttempts() + 1;
		Instant next = (attempts < this.settings.maxAttempts()) ? now.plus(this.settings.backoff(attempts)) : null;
		String error = (outcome.error() != null) ? outcome.error() : "HTTP " + outcome.status();
		delivery.failed(outcome.status(), error, next);
		if (next == null) {
			logger.warn("Webhook delivery " + id + " to " + delivery.getReceiver() + " failed " + attempts
					+ " times; given up: " + error);
		}
	}

	/** The signature a receiver checks: HMAC-SHA256 of "timestamp.body", hex. */
	static String sign(String secret, String timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java platform has HmacSHA256", ex);
		}
	}

}
