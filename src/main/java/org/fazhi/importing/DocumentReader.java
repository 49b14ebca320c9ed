package org.fazhi.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.fazhi.system.SafeText;
import org.fazhi.system.TextDecoding;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded file into paragraphs, whatever a county's archive holds: text in
 * UTF-8 (with or without BOM), UTF-16 with BOM or GB18030; a Word .docx
 * ({@link DocxText}) or Word 97–2003 .doc ({@link DocText}), whose heading styles mark
 * the top-level headings; a saved web page ({@link HtmlText}); a PDF with a text layer
 * ({@link PdfText}). The bytes, not the name, decide the format where they can.
 * Everything is checked before it is believed: size, what the bytes really are, a .docx's
 * expanded size and entry count before it is parsed, and every format's characters,
 * paragraphs and time while it is ({@link ReadingLimits}).
 */
@Component
public class DocumentReader {

	/** Largest upload accepted; also the multipart limit in application.yml. */
	public static final int MAX_BYTES = ReadingLimits.DEFAULT.maxBytes();

	/** A real report's .docx expands to a few megabytes; more is a zip bomb. */
	static final long MAX_EXPANDED_BYTES = ReadingLimits.DEFAULT.maxExpandedBytes();

	static final int MAX_ENTRIES = ReadingLimits.DEFAULT.maxEntries();

	/** Most characters of text read from one document. */
	public static final int MAX_CHARACTERS = ReadingLimits.DEFAULT.maxCharacters();

	/**
	 * @param filename the name as uploaded, used for its extension where the bytes alone
	 * do not tell the format
	 */
	public List<SourceLine> read(String filename, byte[] bytes) {
		checkUpload(filename, bytes);
		String name = (filename != null) ? filename.toLowerCase(Locale.ROOT) : "";
		boolean zip = TextDecoding.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04);
		boolean ole2 = TextDecoding.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0);
		boolean pdf = TextDecoding.startsWith(bytes, 0x25, 0x50, 0x44, 0x46);
		if (name.endsWith(".docx")) {
			if (ole2) {
				// An encrypted .docx is an OLE2 container, and so is an old .doc renamed.
				throw new UnreadableDocumentException("encryptedOrDoc");
			}
			if (!zip) {
				throw new UnreadableDocumentException("notDocx");
			}
			return docx(bytes);
		}
		if (ole2) {
			return DocText.read(bytes, ReadingLimits.DEFAULT);
		}
		if (name.endsWith(".doc") || name.endsWith(".wps")) {
			throw new UnreadableDocumentException("notDoc");
		}
		if (pdf) {
			return PdfText.read(bytes, ReadingLimits.DEFAULT);
		}
		if (name.endsWith(".pdf")) {
			throw new UnreadableDocumentException("corruptPdf");
		}
		if (zip) {
			// A .docx without its name, or a .zip: only an archive upload opens those.
			throw new UnreadableDocumentException("unsupportedType");
		}
		if (name.endsWith(".html") || name.endsWith(".htm") || looksLikeHtml(bytes)) {
			return HtmlText.read(bytes, ReadingLimits.DEFAULT);
		}
		return lines(decode(bytes));
	}

	/**
	 * The documents inside a .zip of an archive, each checked like an upload of its own;
	 * folders, hidden files and Office lock files are passed over.
	 * @throws UnreadableDocumentException when the .zip itself is refused
	 */
	/**
	 * The web address a saved page says it was saved from, if it is a page and says so.
	 */
	public Optional<String> address(String filename, byte[] bytes) {
		String name = (filename != null) ? filename.toLowerCase(Locale.ROOT) : "";
		if (name.endsWith(".html") || name.endsWith(".htm") || looksLikeHtml(bytes)) {
			return HtmlText.address(bytes);
		}
		return Optional.empty();
	}

	public List<ZipDocuments.Entry> unzip(String filename, byte[] bytes) {
		checkUpload(filename, bytes);
		return ZipDocuments.read(bytes, ReadingLimits.DEFAULT);
	}

	/**
	 * Whether a file is a .zip of documents rather than one document.
	 */
	public static boolean isZipOfDocuments(String filename, byte[] bytes) {
		String name = (filename != null) ? filename.toLowerCase(Locale.ROOT) : "";
		return name.endsWith(".zip") && TextDecoding.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04);
	}

	private static void checkUpload(String filename, byte[] bytes) {
		if (bytes.length == 0) {
			throw new UnreadableDocumentException("empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new UnreadableDocumentException("tooLarge");
		}
		if (filename != null && !SafeText.singleLine(filename).equals(filename.strip())) {
			// No file on anyone's disk is named with a control character or a line break:
			// the request was made by hand.
			throw new UnreadableDocumentException("badName");
		}
	}

	/**
	 * A saved web page without its .html name: markup within its first kilobyte.
	 */
	private static boolean looksLikeHtml(byte[] bytes) {
		String start = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
			.toLowerCase(Locale.ROOT);
		return start.contains("<html") || start.contains("<!doctype html");
	}

	/**
	 * A request body read at most one byte past the limit, so an oversize body is refused
	 * without being held in memory.
	 */
	public static byte[] bounded(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			throw new UnreadableDocumentException("tooLarge");
		}
		return bytes;
	}

	/**
	 * Text typed or pasted: checked for length only.
	 */
	public List<SourceLine> read(String text) {
		if (text == null || text.isBlank()) {
			throw new UnreadableDocumentException("empty");
		}
		if (text.length() > MAX_CHARACTERS) {
			throw new UnreadableDocumentException("tooLong");
		}
		return lines(text);
	}

	private static List<SourceLine> lines(String text) {
		if (text.length() > MAX_CHARACTERS) {
			throw new UnreadableDocumentException("tooLong");
		}
		// NUL and the other characters XML cannot carry are never part of a report.
		return SafeText.clean(text).lines().map(SourceLine::plain).toList();
	}

	/**
	 * Plain text, in the encodings {@link TextDecoding} reads.
	 */
	public static String decode(byte[] bytes) {
		try {
			return TextDecoding.decode(bytes);
		}
		catch (TextDecoding.NotTextException ex) {
			throw new UnreadableDocumentException(ex.reason(), ex);
		}
	}

	private static List<SourceLine> docx(byte[] bytes) {
		checkZip(bytes);
		return DocxText.read(bytes, ReadingLimits.DEFAULT);
	}

	/**
	 * Walks the archive's entries, inflating them into nothing, and refuses it before POI
	 * sees it if it holds too many entries or expands too far.
	 */
	static void checkZip(byte[] bytes) {
		long expanded = 0;
		int entries = 0;
		boolean hasDocument = false;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > MAX_ENTRIES) {
					throw new UnreadableDocumentException("zipBomb");
				}
				hasDocument |= "word/document.xml".equals(entry.getName());
				int read;
				while ((read = zip.read(buffer)) > 0) {
					expanded += read;
					if (expanded > MAX_EXPANDED_BYTES) {
						throw new UnreadableDocumentException("zipBomb");
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new UnreadableDocumentException("corruptDocx", ex);
		}
		if (entries == 0) {
			throw new UnreadableDocumentException("corruptDocx");
		}
		if (!hasDocument) {
			throw new UnreadableDocumentException("notDocx");
		}
	}

}
