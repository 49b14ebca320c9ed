package org.fazhi.webhook;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One change pushed to one receiver: what is sent, and how its delivery went — the
 * admins' delivery log.
 */
@Entity
class WebhookDelivery {

	/** Where a delivery stands. */
	enum State {

		/** Waiting for its next attempt. */
		PENDING,
		/** The receiver answered 2xx. */
		DELIVERED,
		/** Given up after the last attempt; an admin may send it again. */
		FAILED

	}

	/** Longest error kept. */
	static final int MAX_ERROR = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String receiver;

	private String event;

	private Long reportId;

	private String payload;

	@Enumerated(EnumType.STRING)
	private State state;

	private int attempts;

	private Instant nextAttemptAt;

	private Instant claimedUntil;

	private Integer lastStatus;

	private String lastError;

	private Instant createdAt;

	private Instant deliveredAt;

	protected WebhookDelivery() {
	}

	WebhookDelivery(String receiver, String event, Long reportId, String payload, Instant at) {
		this.receiver = receiver;
		this.event = event;
		this.reportId = reportId;
		this.payload = payload;
		this.state = State.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = at;
		this.createdAt = at;
	}

	void delivered(int status, Instant at) {
		this.attempts++;
		this.state = State.DELIVERED;
		this.lastStatus = status;
		this.lastError = null;
		this.deliveredAt = at;
		this.claimedUntil = null;
	}

	/**
	 * @param status the receiver's answer, or {@code null} when there was none
	 * @param error what went wrong
	 * @param next when to try again, or {@code null} to give up
	 */
	void failed(Integer status, String error, Instant next) {
		this.attempts++;
		this.lastStatus = status;
		this.lastError = (error != null && error.length() > MAX_ERROR) ? error.substring(0, MAX_ERROR) : error;
		this.claimedUntil = null;
		if (next != null) {
			this.nextAttemptAt = next;
		}
		else {
			this.state = State.FAILED;
		}
	}

	/** An admin sends a failed delivery again, from a first attempt. */
	void retry(Instant at) {
		this.state = State.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public String getReceiver() {
		return this.receiver;
	}

	public String getEvent() {
		return this.event;
	}

	public Long getReportId() {
		return this.reportId;
	}

	String getPayload() {
		return this.payload;
	}

	public State getState() {
		return this.state;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public Integer getLastStatus() {
		return this.lastStatus;
	}

	public String getLastError() {
		return this.lastError;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getDeliveredAt() {
		return this.deliveredAt;
	}

}
