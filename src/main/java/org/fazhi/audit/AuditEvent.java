package org.fazhi.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/**
 * One entry in the audit trail; never updated or deleted once written.
 */
@Entity
@Immutable
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String action;

	private Long reportId;

	private Long editionId;

	private String fromState;

	private String toState;

	// What the action concerned, as a code the pages name in Chinese (a part, the
	// metadata, an import); never free text.
	private String subject;

	private String detail;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, String action, Long reportId, Long editionId, String fromState,
			String toState, String subject, String detail) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.reportId = reportId;
		this.editionId = editionId;
		this.fromState = fromState;
		this.toState = toState;
		this.subject = subject;
		this.detail = detail;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAction() {
		return this.action;
	}

	public Long getReportId() {
		return this.reportId;
	}

	public Long getEditionId() {
		return this.editionId;
	}

	public String getFromState() {
		return this.fromState;
	}

	public String getToState() {
		return this.toState;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getDetail() {
		return this.detail;
	}

	/**
	 * One line for the audit log file: key=value pairs, the free text last and quoted.
	 */
	String describe() {
		return "at=" + this.occurredAt + " actor=" + this.actor + " action=" + this.action
				+ ((this.reportId != null) ? " report=" + this.reportId : "")
				+ ((this.editionId != null) ? " edition=" + this.editionId : "")
				+ ((this.fromState != null) ? " from=" + this.fromState : "")
				+ ((this.toState != null) ? " to=" + this.toState : "")
				+ ((this.subject != null) ? " subject=" + this.subject : "") + ((this.detail != null) ? " detail=\""
						+ this.detail.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"" : "");
	}

}
