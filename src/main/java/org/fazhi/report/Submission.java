package org.fazhi.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
import jakarta.persistence.OrderColumn;
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
	private Set<Part> parts = new LinkedHashSet<>();

	// The checks as they stood when the clerk submitted: what the reviewer is shown
	// from then on, even once the deadline or last year's report have moved on.
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "submission_check", joinColumns = @JoinColumn(name = "submission_id"))
	@OrderColumn(name = "position")
	private List<Check> checks = new ArrayList<>();

	private String changeNote;

	protected Submission() {
	}

	static Submission of(ReportEdition edition, int number, List<Problem> blocking, List<Problem> warnings,
			String changeNote) {
		Submission submission = new Submission();
		submission.editionId = edition.getId();
		submission.number = number;
		submission.submittedAt = edition.getSubmittedAt();
		submission.submittedBy = edition.getSubmittedBy();
		submission.title = edition.getTitle();
		for (ReportSection section : edition.getSections()) {
			submission.parts.add(new Part(section.getKind(), section.getHeading(), section.getBody()));
		}
		blocking.forEach((problem) -> submission.checks.add(Check.of(problem, true)));
		warnings.forEach((problem) -> submission.checks.add(Check.of(problem, false)));
		submission.changeNote = changeNote;
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

	/**
	 * The parts as submitted, in their standard order.
	 */
	public List<Part> getParts() {
		return this.parts.stream().sorted(Comparator.comparing(Part::getKind)).toList();
	}

	public Optional<Part> part(SectionKind kind) {
		return this.parts.stream().filter((p) -> p.getKind() == kind).findFirst();
	}

	/**
	 * 修改说明: what the clerk says changed since the county returned the report.
	 */
	public String getChangeNote() {
		return this.changeNote;
	}

	/**
	 * The blocking problems recorded at submission (none, or it would not have gone).
	 */
	public List<Problem> blocking() {
		return this.checks.stream().filter(Check::isBlocking).map(Check::problem).toList();
	}

	/**
	 * The warnings the clerk confirmed at submission.
	 */
	public List<Problem> warnings() {
		return this.checks.stream().filter((c) -> !c.isBlocking()).map(Check::problem).toList();
	}

	/**
	 * One check as it stood at submission.
	 */
	@Embeddable
	public static class Check {

		private boolean blocking;

		private String code;

		@Enumerated(EnumType.STRING)
		private SectionKind part;

		private String argument;

		protected Check() {
		}

		static Check of(Problem problem, boolean blocking) {
			Check check = new Check();
			check.blocking = blocking;
			check.code = problem.code();
			check.part = problem.part();
			String text = String.join("\u001F", problem.texts());
			check.argument = (text.length() > 200) ? text.substring(0, 200) : text;
			return check;
		}

		boolean isBlocking() {
			return this.blocking;
		}

		Problem problem() {
			List<Object> arguments = List.of((Object[]) this.argument.split("\u001F", -1));
			return new Problem(this.code, this.part, (arguments.size() == 1) ? arguments.get(0) : arguments);
		}

	}

	/**
	 * One part as submitted. Equal by kind: a submission holds each part once.
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

		@Override
		public boolean equals(Object other) {
			return other instanceof Part part && part.kind == this.kind;
		}

		@Override
		public int hashCode() {
			return Objects.hashCode(this.kind);
		}

	}

}
