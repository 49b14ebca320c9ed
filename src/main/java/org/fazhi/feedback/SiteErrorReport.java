package org.fazhi.feedback;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A reader's report of an error on a public page, with the county it is for (none for a
 * page of no county: the admins deal with it) and whether someone has dealt with it.
 */
@Entity
class SiteErrorReport {

	/** Whether someone has dealt with it. */
	enum State {

		NEW, RESOLVED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String page;

	private String description;

	private String contact;

	private Long reportId;

	private Long countyId;

	@Enumerated(EnumType.STRING)
	private State state;

	private Instant createdAt;

	private String resolvedBy;

	private Instant resolvedAt;

	protected SiteErrorReport() {
	}

	SiteErrorReport(String page, String description, String contact, Long reportId, Long countyId, Instant at) {
		this.page = page;
		this.description = description;
		this.contact = contact;
		this.reportId = reportId;
		this.countyId = countyId;
		this.state = State.NEW;
		this.createdAt = at;
	}

	void resolve(String actor, Instant at) {
		this.state = State.RESOLVED;
		this.resolvedBy = actor;
		this.resolvedAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public String getPage() {
		return this.page;
	}

	public String getDescription() {
		return this.description;
	}

	public String getContact() {
		return this.contact;
	}

	public Long getCountyId() {
		return this.countyId;
	}

	public State getState() {
		return this.state;
	}

	public boolean isResolved() {
		return this.state == State.RESOLVED;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getResolvedBy() {
		return this.resolvedBy;
	}

	public Instant getResolvedAt() {
		return this.resolvedAt;
	}

}
