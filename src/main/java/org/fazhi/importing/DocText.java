package org.fazhi.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * Reads a Word 97–2003 .doc (and a WPS file saved in that format) through Apache POI's
 * HWPF: its paragraphs in order, a table row as one line with its cells apart, and which
 * paragraphs are top-level headings (a "heading 1" / "标题 1" style, or outline level 1).
 * Word 6/95 files, encrypted files and OLE2 files that hold no Word document (a WPS
 * original, an Excel file renamed) are refused with the reason.
 */
final class DocText {

	/**
	 * Word's marks inside paragraph text: cell and row ends, field codes, page breaks.
	 */
	private static final String MARKS = "[\\u0001-\\u0008\\u000B\\u000C\\u000E-\\u001F]";

	/**
	 * Word's field instructions (HYPERLINK "…", PAGE) between their start and separator.
	 */
	private static final String FIELD_CODE = "\\u0013[^\\u0014\\u0015]*\\u0014|\\u0013[^\\u0015]*\\u0015";

	private DocText() {
	}

	static List<SourceLine> read(byte[] bytes, ReadingLimits limits) {
		HWPFDocument document = open(bytes);
		ReadingBudget budget = new ReadingBudget(limits);
		Range range = document.getRange();
		List<SourceLine> lines = new ArrayList<>();
		StringBuilder row = null;
		for (int i = 0; i < range.numParagraphs(); i++) {
			Paragraph paragraph = range.getParagraph(i);
			String raw = paragraph.text();
			String text = raw.replaceAll(FIELD_CODE, "").replaceAll(MARKS, "").replace('\r', ' ').strip();
			budget.paragraph(text);
			if (paragraph.isInTable()) {
				if (paragraph.isTableRowEnd()) {
					if (row != null) {
						lines.add(SourceLine.plain(row.toString().strip()));
					}
					row = null;
					continue;
				}
				row = (row == null) ? new StringBuilder() : row;
				row.append(text);
				if (raw.endsWith("\u0007")) {
					row.append('\t');
				}
				continue;
			}
			if (!text.isEmpty()) {
				lines.add(new SourceLine(text, isHeading(document, paragraph) ? 1 : 0));
			}
		}
		return lines;
	}

	private static HWPFDocument open(byte[] bytes) {
		try {
			return new HWPFDocument(new ByteArrayInputStream(bytes));
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableDocumentException("encrypted", ex);
		}
		catch (OldWordFileFormatException ex) {
			throw new UnreadableDocumentException("oldWord", ex);
		}
		catch (IOException | RuntimeException ex) {
			// No WordDocument stream (a WPS original, another Office file renamed .doc)
			// or a damaged file: POI cannot read it, and says why only in English.
			throw new UnreadableDocumentException("unreadableDoc", ex);
		}
	}

	private static boolean isHeading(HWPFDocument document, Paragraph paragraph) {
		if (paragraph.getLvl() == 0) {
			return true;
		}
		StyleDescription style = document.getStyleSheet().getStyleDescription(paragraph.getStyleIndex());
		return style != null && style.getName() != null && isFirstLevelStyle(style.getName());
	}

	/**
	 * Word's "heading 1" and WPS's "标题 1", however spaced or cased.
	 */
	static boolean isFirstLevelStyle(String name) {
		String compact = name.toLowerCase(Locale.ROOT).replace(" ", "");
		return compact.equals("heading1") || compact.equals("标题1");
	}

}
