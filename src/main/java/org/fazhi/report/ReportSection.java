package org.fazhi.report;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One part of an edition: its kind, its heading as written and its body, whose line
 * breaks separate paragraphs and are kept exactly.
 */
@Entity
public class ReportSection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "edition_id")
	private ReportEdition edition;

	@Enumerated(EnumType.STRING)
	private SectionKind kind;

	private int position;

	private String heading;

	private String body;

	private Instant updatedAt;

	private String updatedBy;

	protected ReportSection() {
	}

	ReportSection(ReportEdition edition, SectionKind kind, int position, String heading, String body, String actor,
			Instant at) {
		this.edition = edition;
		this.kind = kind;
		this.position = position;
		this.heading = heading;
		this.body = body;
		this.updatedBy = actor;
		this.updatedAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public SectionKind getKind() {
		return this.kind;
	}

	public int getPosition() {
		return this.position;
	}

	public String getHeading() {
		return this.heading;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public boolean isBlank() {
		return this.body == null || this.body.isBlank();
	}

	/**
	 * Number of characters in the body, not counting whitespace.
	 */
	public int characterCount() {
		return (this.body != null) ? (int) this.body.codePoints().filter((c) -> !Character.isWhitespace(c)).count() : 0;
	}

	/**
	 * Paragraphs of the body in order, blank lines dropped.
	 */
	public List<String> paragraphs() {
		return Paragraphs.split(this.body);
	}

	void update(String heading, String body, String actor, Instant at) {
		this.heading = heading;
		this.body = body;
		this.updatedBy = actor;
		this.updatedAt = at;
	}

}
