package org.fazhi.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.fazhi.topic.Topic;

/**
 * One version of a report's content and metadata (Whitehall's Edition). State changes go
 * through intention-revealing methods ({@link #submit}, {@link #schedule}, …) so that
 * {@link ReportWorkflow} decides every move; text changes are refused unless the state is
 * editable.
 */
@Entity
public class ReportEdition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id")
	private Report report;

	private int editionNumber;

	@Enumerated(EnumType.STRING)
	private EditionState state;

	// Mirrors state.isOpen() for the database's one-open-edition constraint (see V1).
	private Boolean openFlag;

	private String title;

	private String addressee;

	private String preamble;

	private String signingAgency;

	private LocalDate dateWritten;

	private String documentNumber;

	private String keywords;

	@Version
	private long version;

	@Embedded
	@AttributeOverride(name = "at", column = @Column(name = "created_at"))
	@AttributeOverride(name = "by", column = @Column(name = "created_by"))
	private Stamp created;

	@Embedded
	@AttributeOverride(name = "at", column = @Column(name = "updated_at"))
	@AttributeOverride(name = "by", column = @Column(name = "updated_by"))
	private Stamp updated;

	@Embedded
	@AttributeOverride(name = "at", column = @Column(name = "submitted_at"))
	@AttributeOverride(name = "by", column = @Column(name = "submitted_by"))
	private Stamp submitted;

	@Embedded
	@AttributeOverride(name = "at", column = @Column(name = "published_at"))
	@AttributeOverride(name = "by", column = @Column(name = "published_by"))
	private Stamp published;

	// "at" is when the publication is due, not when it was scheduled.
	@Embedded
	@AttributeOverride(name = "at", column = @Column(name = "scheduled_for"))
	@AttributeOverride(name = "by", column = @Column(name = "scheduled_by"))
	private Stamp scheduled;

	@Embedded
	@AttributeOverride(name = "at", column = @Column(name = "withdrawn_at"))
	@AttributeOverride(name = "by", column = @Column(name = "withdrawn_by"))
	private Stamp withdrawn;

	private String correctionNote;

	private String withdrawalReason;

	private String archivedFrom;

	// A set, not a list: a query that also joins another collection (topics) returns
	// each part once per joined row, and a list would keep every copy (the defect that
	// listed each part once per topic and broke submission).
	@OneToMany(mappedBy = "edition", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private Set<ReportSection> sections = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "edition_topic", joinColumns = @JoinColumn(name = "edition_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	@OrderBy("position")
	private Set<Topic> topics = new LinkedHashSet<>();

	protected ReportEdition() {
	}

	public ReportEdition(Report report, int editionNumber, String title, String actor, Instant at) {
		this.report = report;
		this.editionNumber = editionNumber;
		this.title = title;
		this.state = EditionState.DRAFT;
		this.openFlag = Boolean.TRUE;
		this.created = new Stamp(at, actor);
		this.updated = this.created;
	}

	/**
	 * Submit: the clerk sends the edition to the county.
	 * @return the state before the move
	 */
	public EditionState submit(String actor, Instant at) {
		EditionState from = move(WorkflowVerb.SUBMIT, actor, at);
		this.submitted = new Stamp(at, actor);
		return from;
	}

	/**
	 * Return: the county sends the edition back to the township to be changed.
	 * @return the state before the move
	 */
	public EditionState returnToTownship(String actor, Instant at) {
		return move(WorkflowVerb.RETURN, actor, at);
	}

	/**
	 * Publication at a later time: the edition waits as SCHEDULED.
	 * @return the state before the move
	 */
	public EditionState schedule(Instant publishAt, String actor, Instant at) {
		EditionState from = move(WorkflowVerb.SCHEDULE, actor, at);
		this.scheduled = new Stamp(publishAt, actor);
		return from;
	}

	/**
	 * The scheduled publication is called off; the edition waits for a decision again.
	 * @return the state before the move
	 */
	public EditionState unschedule(String actor, Instant at) {
		EditionState from = move(WorkflowVerb.UNSCHEDULE, actor, at);
		this.scheduled = null;
		return from;
	}

	/**
	 * Marks the edition as discarded, as {@link ReportWorkflow} allows; the caller
	 * deletes it in the same transaction.
	 * @return the state before the move
	 */
	public EditionState discard(String actor, Instant at) {
		return move(WorkflowVerb.DISCARD, actor, at);
	}

	// Publishing, superseding, archiving and withdrawing change what the public sees:
	// only Publication, in this package, may do them, so that each goes one way.

	EditionState publish(String actor, Instant at) {
		EditionState from = move(WorkflowVerb.PUBLISH, actor, at);
		this.published = new Stamp(at, actor);
		return from;
	}

	EditionState supersede(String actor, Instant at) {
		return move(WorkflowVerb.SUPERSEDE, actor, at);
	}

	/**
	 * Publishes a backfilled draft as it was published elsewhere: on its original date,
	 * noting where it came from.
	 */
	EditionState archive(String source, Instant originallyPublishedAt, String actor, Instant now) {
		EditionState from = move(WorkflowVerb.ARCHIVE, actor, now);
		this.published = new Stamp(originallyPublishedAt, actor);
		this.archivedFrom = source;
		return from;
	}

	EditionState withdraw(String reason, String actor, Instant at) {
		EditionState from = move(WorkflowVerb.WITHDRAW, actor, at);
		this.withdrawalReason = reason;
		this.withdrawn = new Stamp(at, actor);
		return from;
	}

	/**
	 * Moves the edition by {@code verb}, as {@link ReportWorkflow} allows.
	 * @return the state before the move
	 * @throws IllegalTransitionException if the move is illegal from the current state
	 */
	private EditionState move(WorkflowVerb verb, String actor, Instant at) {
		EditionState from = this.state;
		this.state = ReportWorkflow.next(from, verb);
		this.openFlag = this.state.isOpen() ? Boolean.TRUE : null;
		touch(actor, at);
		return from;
	}

	public String getArchivedFrom() {
		return this.archivedFrom;
	}

	/**
	 * A new draft edition correcting this published one: same metadata, parts and topics,
	 * to be changed and explained in a correction note.
	 */
	public ReportEdition draftCorrection(int editionNumber, String actor, Instant at) {
		if (this.state != EditionState.PUBLISHED) {
			throw new IllegalStateException("Only a published edition can be corrected");
		}
		ReportEdition correction = new ReportEdition(this.report, editionNumber, this.title, actor, at);
		correction.updateMetadata(metadata(), actor, at);
		for (ReportSection section : getSections()) {
			correction.addSection(section.getKind(), section.getHeading(), section.getBody(), actor, at);
		}
		correction.topics.addAll(this.topics);
		return correction;
	}

	public void updateCorrectionNote(String note, String actor, Instant at) {
		requireEditable();
		this.correctionNote = note;
		touch(actor, at);
	}

	/**
	 * Whether this edition corrects an earlier published one.
	 */
	public boolean isCorrection() {
		return this.editionNumber > 1;
	}

	public Instant getScheduledFor() {
		return Stamp.at(this.scheduled);
	}

	public String getScheduledBy() {
		return Stamp.by(this.scheduled);
	}

	public String getCorrectionNote() {
		return this.correctionNote;
	}

	public Instant getWithdrawnAt() {
		return Stamp.at(this.withdrawn);
	}

	public String getWithdrawnBy() {
		return Stamp.by(this.withdrawn);
	}

	public String getWithdrawalReason() {
		return this.withdrawalReason;
	}

	public void addSection(SectionKind kind, String heading, String body, String actor, Instant at) {
		requireEditable();
		if (section(kind).isPresent()) {
			throw new IllegalArgumentException("Edition already has a " + kind + " section");
		}
		this.sections.add(new ReportSection(this, kind, kind.ordinal(), heading, body, actor, at));
	}

	public void updateSection(SectionKind kind, String heading, String body, String actor, Instant at) {
		requireEditable();
		ReportSection section = section(kind).orElse(null);
		if (section == null) {
			addSection(kind, heading, body, actor, at);
		}
		else {
			section.update(heading, body, actor, at);
		}
		touch(actor, at);
	}

	public void updateMetadata(EditionMetadata metadata, String actor, Instant at) {
		requireEditable();
		this.title = metadata.title();
		this.addressee = metadata.addressee();
		this.preamble = metadata.preamble();
		this.signingAgency = metadata.signingAgency();
		this.dateWritten = metadata.dateWritten();
		this.documentNumber = metadata.documentNumber();
		this.keywords = metadata.keywords();
		touch(actor, at);
	}

	public void updateTopics(Collection<Topic> chosen, String actor, Instant at) {
		requireEditable();
		this.topics.clear();
		this.topics.addAll(chosen);
		touch(actor, at);
	}

	public Set<Topic> getTopics() {
		return this.topics;
	}

	/**
	 * All text of the edition (title, preamble, headings and bodies), for topic
	 * suggestion and checks.
	 */
	public String fullText() {
		StringBuilder text = new StringBuilder(this.title).append('\n');
		if (this.preamble != null) {
			text.append(this.preamble).append('\n');
		}
		for (ReportSection section : getSections()) {
			text.append(section.getHeading()).append('\n').append(section.getBody()).append('\n');
		}
		return text.toString();
	}

	public EditionMetadata metadata() {
		return new EditionMetadata(this.title, this.addressee, this.preamble, this.signingAgency, this.dateWritten,
				this.documentNumber, this.keywords);
	}

	private void requireEditable() {
		if (!this.state.isEditable()) {
			throw new EditionNotEditableException(this.state);
		}
	}

	private void touch(String actor, Instant at) {
		this.updated = new Stamp(at, actor);
	}

	public Optional<ReportSection> section(SectionKind kind) {
		return this.sections.stream().filter((s) -> s.getKind() == kind).findFirst();
	}

	public Long getId() {
		return this.id;
	}

	public Report getReport() {
		return this.report;
	}

	public int getEditionNumber() {
		return this.editionNumber;
	}

	public EditionState getState() {
		return this.state;
	}

	public String getTitle() {
		return this.title;
	}

	public String getAddressee() {
		return this.addressee;
	}

	public String getPreamble() {
		return this.preamble;
	}

	public String getSigningAgency() {
		return this.signingAgency;
	}

	public LocalDate getDateWritten() {
		return this.dateWritten;
	}

	public String getDocumentNumber() {
		return this.documentNumber;
	}

	public String getKeywords() {
		return this.keywords;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getSubmittedAt() {
		return Stamp.at(this.submitted);
	}

	public String getSubmittedBy() {
		return Stamp.by(this.submitted);
	}

	public Instant getPublishedAt() {
		return Stamp.at(this.published);
	}

	public String getPublishedBy() {
		return Stamp.by(this.published);
	}

	public String getCreatedBy() {
		return Stamp.by(this.created);
	}

	public Instant getCreatedAt() {
		return Stamp.at(this.created);
	}

	public Instant getUpdatedAt() {
		return Stamp.at(this.updated);
	}

	public String getUpdatedBy() {
		return Stamp.by(this.updated);
	}

	/**
	 * The parts in their standard order, each once.
	 */
	public List<ReportSection> getSections() {
		return this.sections.stream().sorted(Comparator.comparingInt(ReportSection::getPosition)).toList();
	}

}
