package org.fazhi.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The documents inside a .zip of an archive, read as a stream and counted as it goes: no
 * more entries, no more bytes inflated and no larger a document than the limits allow,
 * whatever the .zip's own directory claims. Names written by Windows' zip tools are in
 * GBK, which is read as such unless the entry says it is UTF-8.
 */
public final class ZipDocuments {

	/** Windows writes Chinese names in the legacy code page, which GB18030 covers. */
	private static final Charset LEGACY_NAMES = Charset.forName("GB18030");

	private ZipDocuments() {
	}

	/**
	 * One document from the .zip.
	 *
	 * @param name its file name, without the folders it was in
	 * @param bytes its content
	 */
	public record Entry(String name, byte[] bytes) {
	}

	static List<Entry> read(byte[] bytes, ReadingLimits limits) {
		List<Entry> documents = new ArrayList<>();
		long expanded = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), LEGACY_NAMES)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > limits.maxEntries()) {
					throw new UnreadableDocumentException("zipBomb");
				}
				String name = lastSegment(entry.getName());
				boolean skipped = entry.isDirectory() || isHidden(entry.getName(), name);
				ByteArrayOutputStream content = new ByteArrayOutputStream();
				int read;
				while ((read = zip.read(buffer)) > 0) {
					expanded += read;
					if (expanded > limits.maxExpandedBytes()) {
						throw new UnreadableDocumentException("zipBomb");
					}
					if (!skipped) {
						if (content.size() + read > limits.maxBytes()) {
							throw new UnreadableDocumentException("zipEntryTooLarge");
						}
						content.write(buffer, 0, read);
					}
				}
				if (!skipped) {
					if (documents.size() == limits.maxFilesInZip()) {
						throw new UnreadableDocumentException("zipTooMany");
					}
					documents.add(new Entry(name, content.toByteArray()));
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new UnreadableDocumentException("corruptZip", ex);
		}
		if (entries == 0) {
			throw new UnreadableDocumentException("corruptZip");
		}
		if (documents.isEmpty()) {
			throw new UnreadableDocumentException("emptyZip");
		}
		return documents;
	}

	private static String lastSegment(String path) {
		String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
		return (name.length() > 200) ? name.substring(0, 200) : name;
	}

	/**
	 * macOS resource forks, hidden files, Office's "~$" lock files and Windows'
	 * thumbnails travel in .zip files but are not documents.
	 */
	private static boolean isHidden(String path, String name) {
		return path.startsWith("__MACOSX/") || name.isEmpty() || name.startsWith(".") || name.startsWith("~$")
				|| name.toLowerCase(Locale.ROOT).equals("thumbs.db");
	}

}
