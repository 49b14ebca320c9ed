package org.fazhi.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fazhi.demo.ReportWriter;
import org.fazhi.demo.WrittenReport;
import org.fazhi.importing.FormatFixtureWriter;

/**
 * Writes the reports behind the kept .doc and .pdf fixtures under
 * {@code src/test/resources/import/formats}: each as the text a careful reader would take
 * from it ({@code .txt}) and as the Word file a clerk would keep ({@code .docx}, Heading
 * 1 on the top-level headings, the township's name as running header and the page number
 * as footer). The .doc and .pdf files were then made from the .docx by LibreOffice, as a
 * county's own software would: {@code soffice --headless --convert-to doc|pdf *.docx}.
 * Run with the test classpath: {@code java -cp … FormatFixtureWriter
 * <folder>}.
 */
public final class FormatFixtureWriter {

	private FormatFixtureWriter() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		ReportWriter writer = new ReportWriter();
		// Townships of the demo county, so that the files also go into the demo's
		// archive.
		String[][] townships = { { "程庄镇", "民权县程庄镇人民政府", "民权县" }, { "人和镇", "民权县人和镇人民政府", "民权县" },
				{ "北关镇", "民权县北关镇人民政府", "民权县" } };
		int[] years = { 2021, 2021, 2022 };
		ReportWriter.HeadingStyle[] styles = { ReportWriter.HeadingStyle.STANDARD, ReportWriter.HeadingStyle.THEMATIC,
				ReportWriter.HeadingStyle.DUTIES_FIRST };
		int[] lengths = { 9000, 16000, 30000 };
		for (int i = 0; i < townships.length; i++) {
			WrittenReport report = writer.write(
					ReportWriter.Options.typical(townships[i][0], townships[i][1], townships[i][2], years[i], 7100 + i)
						.withHeadings(styles[i])
						.withLength(lengths[i]),
					null);
			String name = "report-" + (i + 1);
			Files.writeString(folder.resolve(name + ".txt"), report.document(false), StandardCharsets.UTF_8);
			try (OutputStream out = Files.newOutputStream(folder.resolve(name + ".docx"))) {
				out.write(docx(report, townships[i][1]));
			}
		}
	}

	private static byte[] docx(WrittenReport report, String agency) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
			header.createParagraph().createRun().setText(agency);
			XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
			XWPFParagraph number = footer.createParagraph();
			number.createRun().setText("— ");
			number.getCTP().addNewFldSimple().setInstr("PAGE");
			number.createRun().setText(" —");
			for (String line : report.document(false).split("\n")) {
				XWPFParagraph paragraph = document.createParagraph();
				if (report.chunks().stream().anyMatch((chunk) -> chunk.heading().equals(line))) {
					paragraph.setStyle("Heading1");
				}
				paragraph.createRun().setText(line);
			}
			document.write(out);
			return out.toByteArray();
		}
	}

}
