package org.fazhi.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import org.hibernate.annotations.Immutable;

/**
 * What the clerk sent at one submission of an edition, frozen: the reviewer reads a
 * resubmission as a diff against the previous one.
 */
@Entity
@Immutable
public class Submission {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long editionId;

	private int number;

	private Instant submittedAt;

	private String submittedBy;

	private String title;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "submission_section", joinColumns = @JoinColumn(name = "submission_id"))
	private List<Part> parts = new ArrayList<>();

	protected Submission() {
	}

	static Submission of(ReportEdition edition, int number) {
		Submission submission = new Submission();
		submission.editionId = edition.getId();
		submission.number = number;
		submission.submittedAt = edition.getSubmittedAt();
		submission.submittedBy = edition.getSubmittedBy();
		submission.title = edition.getTitle();
		for (ReportSection section : edition.getSections()) {
			submission.parts.add(new Part(section.getKind(), section.getHeading(), section.getBody()));
		}
		return submission;
	}

	public Long getId() {
		return this.id;
	}

	public Long getEditionId() {
		return this.editionId;
	}

	public int getNumber() {
		return this.number;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public String getTitle() {
		return this.title;
	}

	public List<Part> getParts() {
		return this.parts;
	}

	public Optional<Part> part(SectionKind kind) {
		return this.parts.stream().filter((p) -> p.getKind() == kind).findFirst();
	}

	/**
	 * One part as submitted.
	 */
	@Embeddable
	public static class Part {

		@Enumerated(EnumType.STRING)
		private SectionKind kind;

		private String heading;

		@Column(columnDefinition = "text")
		private String body;

		protected Part() {
		}

		Part(SectionKind kind, String heading, String body) {
			this.kind = kind;
			this.heading = heading;
			this.body = body;
		}

		public SectionKind getKind() {
			return this.kind;
		}

		public String getHeading() {
			return this.heading;
		}

		public String getBody() {
			return this.body;
		}

	}

}
