package org.fazhi.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One message in a user's inbox: a message key (from the kind) with its arguments, and a
 * link to what it is about.
 */
@Entity
class Notification {

	/** Separates arguments in one column; cannot occur in text people type. */
	private static final String SEPARATOR = "\u001F";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String recipient;

	private String kind;

	private Long reportId;

	private Long editionId;

	private String link;

	private String arguments;

	private String dedupeKey;

	private Instant createdAt;

	private Instant readAt;

	protected Notification() {
	}

	Notification(String recipient, String kind, Long reportId, Long editionId, String link, List<String> arguments,
			String dedupeKey, Instant createdAt) {
		this.recipient = recipient;
		this.kind = kind;
		this.reportId = reportId;
		this.editionId = editionId;
		this.link = link;
		this.arguments = truncate(
				String.join(SEPARATOR, arguments.stream().map((a) -> a.replace(SEPARATOR, " ")).toList()));
		this.dedupeKey = dedupeKey;
		this.createdAt = createdAt;
	}

	private static String truncate(String text) {
		return (text.length() <= 1000) ? text : text.substring(0, 999) + "…";
	}

	public Long getId() {
		return this.id;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getKind() {
		return this.kind;
	}

	public String getLink() {
		return this.link;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getReadAt() {
		return this.readAt;
	}

	public boolean isRead() {
		return this.readAt != null;
	}

	public String messageKey() {
		return "notification." + this.kind;
	}

	public Object[] messageArguments() {
		return (this.arguments == null || this.arguments.isEmpty()) ? new Object[0]
				: Arrays.stream(this.arguments.split(SEPARATOR, -1)).toArray();
	}

	void markRead(Instant at) {
		if (this.readAt == null) {
			this.readAt = at;
		}
	}

}
