package org.fazhi.report;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A reviewer's remark on an edition, about one part or (with no part) about the whole;
 * the reason for a return is an overall remark.
 */
@Entity
public class ReviewRemark {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long editionId;

	@Enumerated(EnumType.STRING)
	private SectionKind sectionKind;

	private String author;

	private String body;

	private Instant createdAt;

	private String reply;

	private String repliedBy;

	private Instant repliedAt;

	protected ReviewRemark() {
	}

	public ReviewRemark(Long editionId, SectionKind sectionKind, String author, String body, Instant createdAt) {
		this.editionId = editionId;
		this.sectionKind = sectionKind;
		this.author = author;
		this.body = body;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getEditionId() {
		return this.editionId;
	}

	public SectionKind getSectionKind() {
		return this.sectionKind;
	}

	public String getAuthor() {
		return this.author;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * The clerk's answer, shown to the reviewer beside the remark; {@code null} until
	 * answered.
	 */
	public String getReply() {
		return this.reply;
	}

	public String getRepliedBy() {
		return this.repliedBy;
	}

	public Instant getRepliedAt() {
		return this.repliedAt;
	}

	/**
	 * Records the clerk's answer; answering again replaces it.
	 */
	public void answer(String text, String actor, Instant at) {
		this.reply = text;
		this.repliedBy = actor;
		this.repliedAt = at;
	}

}
