package org.fazhi.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fazhi.report.EditionHistory;
import org.fazhi.report.ReportEdition;
import org.fazhi.system.Messages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An edition's attachments: added after their content is checked (a kind this site takes,
 * no larger than an upload may be, nothing that would run in the reader's program),
 * removed, downloaded, and copied into a correction. Every addition and removal is on the
 * edition's history.
 */
@Service
public class Attachments {

	/** Files one edition may carry. */
	public static final int MAX_PER_EDITION = 10;

	/** Largest file, as large as one upload may be. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	/** Longest file name kept. */
	static final int MAX_NAME = 200;

	private final AttachmentRepository attachments;

	private final JdbcTemplate jdbc;

	private final EditionHistory history;

	private final Messages messages;

	private final Clock clock;

	Attachments(AttachmentRepository attachments, JdbcTemplate jdbc, EditionHistory history, Messages messages,
			Clock clock) {
		this.messages = messages;
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * A file and its bytes.
	 *
	 * @param attachment what it is
	 * @param content its bytes
	 */
	public record Download(Attachment attachment, byte[] content) {
	}

	@Transactional(readOnly = true)
	public List<Attachment> of(Long editionId) {
		return this.attachments.findByEditionIdOrderByIdAsc(editionId);
	}

	/**
	 * Adds a file to an edition the caller may change.
	 * @return why it was refused (a message key under {@code attachment.problem.}), or
	 * empty when it was added
	 */
	@Transactional
	public Optional<String> add(ReportEdition edition, String fileName, byte[] bytes, String actor) {
		if (bytes == null || bytes.length == 0) {
			return Optional.of("attachment.problem.empty");
		}
		if (bytes.length > MAX_BYTES) {
			return Optional.of("attachment.problem.tooLarge");
		}
		if (this.attachments.countByEditionId(edition.getId()) >= MAX_PER_EDITION) {
			return Optional.of("attachment.problem.tooMany");
		}
		AttachmentType type;
		try {
			Optional<AttachmentType> found = AttachmentType.of(bytes);
			if (found.isEmpty()) {
				return Optional.of("attachment.problem.type");
			}
			type = found.get();
		}
		catch (AttachmentType.ActiveContentException ex) {
			return Optional.of("attachment.problem.active");
		}
		if (type == AttachmentType.PDF) {
			Optional<String> active = PdfActiveContent.in(bytes);
			if (active.isPresent()) {
				return Optional.of(active.get().equals("unreadable") || active.get().equals("encrypted")
						? "attachment.problem.unreadable" : "attachment.problem.active");
			}
		}
		Instant now = this.clock.instant();
		String name = name(fileName, type, this.messages.text("attachment.unnamed"));
		Attachment attachment = this.attachments.saveAndFlush(
				new Attachment(edition.getId(), name, type.contentType(), bytes.length, sha256(bytes), actor, now));
		this.jdbc.update("insert into attachment_content (attachment_id, content) values (?, ?)", attachment.getId(),
				bytes);
		this.history.transition(actor, edition, "ATTACH", null, null, name);
		return Optional.empty();
	}

	/**
	 * Removes a file from an edition the caller may change; false when it has no such
	 * file.
	 */
	@Transactional
	public boolean remove(ReportEdition edition, Long attachmentId, String actor) {
		Optional<Attachment> attachment = this.attachments.findById(attachmentId)
			.filter((a) -> a.getEditionId().equals(edition.getId()));
		attachment.ifPresent((a) -> {
			this.attachments.delete(a);
			this.history.transition(actor, edition, "DETACH", null, null, a.getFileName());
		});
		return attachment.isPresent();
	}

	/** One of the edition's files with its bytes. */
	@Transactional(readOnly = true)
	public Optional<Download> download(Long editionId, Long attachmentId) {
		return this.attachments.findById(attachmentId)
			.filter((a) -> a.getEditionId().equals(editionId))
			.map((a) -> new Download(a, this.jdbc.queryForObject(
					"select content from attachment_content where attachment_id = ?", byte[].class, a.getId())));
	}

	/** The published edition's files, carried into its correction. */
	@Transactional
	public void copy(Long fromEditionId, Long toEditionId, String actor) {
		Instant now = this.clock.instant();
		for (Attachment original : this.attachments.findByEditionIdOrderByIdAsc(fromEditionId)) {
			Attachment copy = this.attachments.saveAndFlush(original.copyTo(toEditionId, actor, now));
			this.jdbc.update(
					"insert into attachment_content (attachment_id, content) select ?, content from attachment_content where attachment_id = ?",
					copy.getId(), original.getId());
		}
	}

	/**
	 * The name shown and offered on download: the last path segment, without control
	 * characters, shortened, and with the extension of what the file is.
	 */
	static String name(String fileName, AttachmentType type, String unnamed) {
		String name = (fileName != null) ? fileName : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.codePoints()
			.filter((c) -> !Character.isISOControl(c) && c != '"')
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		int dot = name.lastIndexOf('.');
		String stem = (dot > 0) ? name.substring(0, dot) : name;
		if (stem.isBlank()) {
			stem = unnamed;
		}
		String extension = "." + type.label().toLowerCase(Locale.ROOT);
		int room = MAX_NAME - extension.length();
		if (stem.length() > room) {
			stem = stem.substring(0, room);
		}
		return stem + extension;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
