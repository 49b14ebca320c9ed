package org.fazhi.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.fazhi.system.DisplayFormats;
import org.fazhi.system.SafeText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes an edition as a Word document in the layout of official documents (GB/T 9704):
 * A4 with the standard margins, title centred in a display face, addressee flush left,
 * headings in a bold face, body paragraphs indented two characters on a fixed 28-point
 * line, signing agency and date right-aligned.
 */
@Component
public class DocxExporter {

	public static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	// Font names as Chinese Word installations know them; Word substitutes when one is
	// missing.
	private static final String TITLE_FONT = "方正小标宋简体";

	private static final String HEADING_FONT = "黑体";

	private static final String BODY_FONT = "仿宋_GB2312";

	/** 三号 (16 pt) for text, 二号 (22 pt) for the title, as GB/T 9704 prescribes. */
	private static final int BODY_SIZE = 16;

	private static final int TITLE_SIZE = 22;

	/** Two characters of 16 pt, in twentieths of a point. */
	private static final int FIRST_LINE_INDENT = 640;

	private final DisplayFormats formats;

	DocxExporter(DisplayFormats formats) {
		this.formats = formats;
	}

	/**
	 * The edition as a download named after its title.
	 */
	public ResponseEntity<byte[]> download(EditionView edition) {
		return ResponseEntity.ok()
			.contentType(DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(downloadName(edition.title()), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(export(edition));
	}

	/** Longest file name offered for a download, extension included. */
	private static final int MAX_NAME = 120;

	/**
	 * The title as a file name: one line, no characters file systems refuse, not too
	 * long; sent RFC 6266 style ({@code filename*=UTF-8''…}) so Chinese survives.
	 */
	static String downloadName(String title) {
		String name = SafeText.singleLine(title).replaceAll("[\\\\/:*?\"<>|]", "_");
		if (name.isEmpty()) {
			name = "report";
		}
		int max = MAX_NAME - ".docx".length();
		return ((name.length() > max) ? name.substring(0, max) : name) + ".docx";
	}

	public byte[] export(EditionView edition) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			pageSetup(document);
			XWPFParagraph title = document.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			title.setSpacingAfter(400);
			run(title, edition.title(), TITLE_FONT, TITLE_SIZE, false);
			if (edition.documentNumber() != null) {
				XWPFParagraph number = document.createParagraph();
				number.setAlignment(ParagraphAlignment.CENTER);
				run(number, edition.documentNumber(), BODY_FONT, BODY_SIZE, false);
			}
			if (edition.addressee() != null) {
				body(document, edition.addressee(), false);
			}
			edition.preamble().forEach((p) -> body(document, p, true));
			for (EditionView.SectionView section : edition.writtenSections()) {
				XWPFParagraph heading = body(document, null, true);
				run(heading, section.heading(), HEADING_FONT, BODY_SIZE, false);
				section.paragraphs().forEach((p) -> body(document, p, true));
			}
			if (edition.signingAgency() != null) {
				signature(document, edition.signingAgency()).setSpacingBefore(560);
			}
			if (edition.dateWritten() != null) {
				signature(document, this.formats.chineseDate(edition.dateWritten()));
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void pageSetup(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		// GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (1 mm =
		// 56.7 twips).
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(2098));
		margins.setBottom(BigInteger.valueOf(1984));
		margins.setLeft(BigInteger.valueOf(1588));
		margins.setRight(BigInteger.valueOf(1474));
	}

	private static XWPFParagraph body(XWPFDocument document, String text, boolean indent) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setSpacingBetween(28, LineSpacingRule.EXACT);
		if (indent) {
			paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
		}
		if (text != null) {
			run(paragraph, text, BODY_FONT, BODY_SIZE, false);
		}
		return paragraph;
	}

	private static XWPFParagraph signature(XWPFDocument document, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.RIGHT);
		paragraph.setSpacingBetween(28, LineSpacingRule.EXACT);
		paragraph.setIndentationRight(FIRST_LINE_INDENT);
		run(paragraph, text, BODY_FONT, BODY_SIZE, false);
		return paragraph;
	}

	private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		// A character XML cannot carry would make the file unreadable in Word.
		run.setText(SafeText.clean(text));
		run.setFontFamily(font);
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontSize(size);
		run.setBold(bold);
	}

}
