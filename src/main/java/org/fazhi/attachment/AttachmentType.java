package org.fazhi.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.fazhi.system.TextDecoding;

/**
 * The kinds of file an edition may carry, told by what the bytes are, never by the name:
 * PDF (the stamped scan), JPEG and PNG images, Word and Excel documents and OFD (the
 * national format for signed documents).
 */
enum AttachmentType {

	PDF("PDF", "application/pdf"), JPG("JPG", "image/jpeg"), PNG("PNG", "image/png"),
	DOCX("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	XLSX("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), OFD("OFD", "application/ofd");

	/**
	 * Entries of a zip-based file read at most, so that a crafted archive costs little.
	 */
	static final int MAX_ENTRIES = 5_000;

	private final String label;

	private final String contentType;

	AttachmentType(String label, String contentType) {
		this.label = label;
		this.contentType = contentType;
	}

	String label() {
		return this.label;
	}

	String contentType() {
		return this.contentType;
	}

	static AttachmentType byContentType(String contentType) {
		for (AttachmentType type : values()) {
			if (type.contentType.equals(contentType)) {
				return type;
			}
		}
		return PDF;
	}

	/**
	 * What the bytes are, or empty for anything else.
	 * @throws ActiveContentException for an office document with macros or embedded
	 * objects
	 */
	static Optional<AttachmentType> of(byte[] bytes) {
		if (TextDecoding.startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(PDF);
		}
		if (TextDecoding.startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPG);
		}
		if (TextDecoding.startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (TextDecoding.startsWith(bytes, 'P', 'K', 0x03, 0x04)) {
			return zipped(bytes);
		}
		return Optional.empty();
	}

	/** A Word or Excel document or an OFD, by the entries that make it one. */
	private static Optional<AttachmentType> zipped(byte[] bytes) {
		Set<String> names = new HashSet<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null && names.size() < MAX_ENTRIES) {
				String name = entry.getName().toLowerCase(Locale.ROOT);
				names.add(name);
				if (name.endsWith("vbaproject.bin") || name.contains("activex") || name.contains("/embeddings/")) {
					throw new ActiveContentException("macros");
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (names.contains("word/document.xml")) {
			return Optional.of(DOCX);
		}
		if (names.contains("xl/workbook.xml")) {
			return Optional.of(XLSX);
		}
		if (names.contains("ofd.xml")) {
			return Optional.of(OFD);
		}
		return Optional.empty();
	}

	/**
	 * A file that would run something in the reader's program: refused.
	 */
	static final class ActiveContentException extends RuntimeException {

		private final String what;

		ActiveContentException(String what) {
			super("Active content: " + what);
			this.what = what;
		}

		String what() {
			return this.what;
		}

	}

}
