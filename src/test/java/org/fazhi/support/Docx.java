package org.fazhi.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fazhi.demo.WrittenReport;

/**
 * Word documents in tests: every export is opened with POI and read back, and a county's
 * own Word file is made from a written report, with Heading 1 on its top-level headings
 * as Word users set them.
 */
public final class Docx {

	private Docx() {
	}

	/**
	 * The paragraphs of a .docx, as text, in order (fails if POI cannot open it).
	 */
	public static List<String> paragraphs(byte[] bytes) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A .docx of the report as a clerk would have typed it.
	 */
	public static byte[] of(WrittenReport report) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(report.title());
			document.createParagraph().createRun().setText(report.addressee());
			document.createParagraph().createRun().setText(report.preamble());
			for (WrittenReport.Chunk chunk : report.chunks()) {
				XWPFParagraph heading = document.createParagraph();
				heading.setStyle("Heading1");
				heading.createRun().setText(chunk.heading());
				chunk.body().lines().forEach((line) -> document.createParagraph().createRun().setText(line));
			}
			document.createParagraph().createRun().setText(report.signingAgency());
			document.createParagraph()
				.createRun()
				.setText(report.dateWritten().getYear() + "年" + report.dateWritten().getMonthValue() + "月"
						+ report.dateWritten().getDayOfMonth() + "日");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
