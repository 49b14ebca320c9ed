package org.fazhi.attachment;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What an edition's attachment is: its name, type (as its content says), size and digest;
 * the bytes are kept apart.
 */
@Entity
@Table(name = "edition_attachment")
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long editionId;

	private String fileName;

	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	private String uploadedBy;

	private Instant uploadedAt;

	protected Attachment() {
	}

	Attachment(Long editionId, String fileName, String contentType, long size, String sha256, String actor,
			Instant at) {
		this.editionId = editionId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
		this.uploadedBy = actor;
		this.uploadedAt = at;
	}

	/** The same file on another edition (a correction). */
	Attachment copyTo(Long otherEditionId, String actor, Instant at) {
		return new Attachment(otherEditionId, this.fileName, this.contentType, this.size, this.sha256, actor, at);
	}

	public Long getId() {
		return this.id;
	}

	public Long getEditionId() {
		return this.editionId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSize() {
		return this.size;
	}

	public String getSha256() {
		return this.sha256;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	/** The size as readers read it: 356 KB, 2.4 MB. */
	public String sizeText() {
		if (this.size < 1024 * 1024) {
			return Math.max(1, Math.round(this.size / 1024.0)) + " KB";
		}
		return String.format(Locale.ROOT, "%.1f MB", this.size / (1024.0 * 1024.0));
	}

	/** The format's short name for the list: PDF, JPG, PNG, DOCX, XLSX, OFD. */
	public String format() {
		return AttachmentType.byContentType(this.contentType).label();
	}

}
