package org.fazhi.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.fazhi.report.SectionKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DocumentReaderTests {

	private final DocumentReader reader = new DocumentReader();

	private final ReportParser parser = new ReportParser();

	@Test
	void docxWithoutHeadingStylesIsReadByItsWrittenNumbering() throws IOException {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : List.of("平安镇2023年法治政府建设年度报告", "县委、县政府：", "现将有关情况报告如下。", "一、主要举措和成效", "全年办结案件20件。",
					"二、存在的不足和原因", "人员不足。", "三、党政主要负责人履行推进法治建设第一责任人职责情况", "书记带头学法。", "四、2024年工作安排", "继续努力。")) {
				document.createParagraph().createRun().setText(line);
			}
			XWPFTable table = document.createTable(1, 2);
			table.getRow(0).getCell(0).setText("执法案件");
			table.getRow(0).getCell(1).setText("20件");
			document.write(out);
			docx = out.toByteArray();
		}
		ParsedReport report = this.parser.parse(this.reader.read("report.docx", docx));
		assertThat(report.parts()).extracting(ParsedPart::kind)
			.containsExactly(SectionKind.MEASURES, SectionKind.PROBLEMS, SectionKind.RESPONSIBLE_PERSON,
					SectionKind.NEXT_YEAR_PLANS);
		// A table's rows stay in the part they appear in.
		assertThat(report.parts().get(3).body()).contains("执法案件 20件");
		assertThat(report.year()).isEqualTo(2023);
	}

	@Test
	void textIsDecodedFromUtf8Gb18030AndUtf16() {
		String text = "一、主要举措和成效\n全年办结案件20件，满意率达98.5%。";
		for (byte[] bytes : List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(Charset.forName("GB18030")),
				text.getBytes(Charset.forName("GBK")), utf16(text))) {
			assertThat(DocumentReader.decode(bytes)).isEqualTo(text);
		}
	}

	@Test
	void latin1GarbageIsNotMistakenForChinese() {
		byte[] bytes = new byte[200];
		new Random(1).nextBytes(bytes);
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				bytes[i] = 1;
			}
		}
		assertThatExceptionOfType(UnreadableDocumentException.class).isThrownBy(() -> this.reader.read("a.txt", bytes))
			.satisfies(
					(ex) -> assertThat(ex.messageKey()).isIn("import.unreadable.encoding", "import.unreadable.binary"));
	}

	@Test
	void pastedTextHasALengthLimit() {
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.reader.read("字".repeat(DocumentReader.MAX_CHARACTERS + 1)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("import.unreadable.tooLong"));
		assertThatExceptionOfType(UnreadableDocumentException.class).isThrownBy(() -> this.reader.read("   \n "));
	}

	private static byte[] utf16(String text) {
		byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[body.length + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(body, 0, bytes, 2, body.length);
		return bytes;
	}

	/**
	 * The attack's file: a few megabytes whose document.xml inflates to 95 MB of 2.2
	 * million one-character paragraphs, within the expansion limit. Read as a stream, it
	 * is refused at the paragraph limit instead of being built into POI's object model
	 * first (which took minutes).
	 */
	@Test
	void aDocxOfMillionsOfTinyParagraphsIsRefusedAtTheLimit() throws IOException {
		byte[] bomb = tinyParagraphs(2_200_000);
		assertThat(bomb.length).isLessThan(DocumentReader.MAX_BYTES);
		assertThatExceptionOfType(UnreadableDocumentException.class).isThrownBy(() -> this.reader.read("a.docx", bomb))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("import.unreadable.tooLong"));
	}

	/**
	 * A .docx whose body is {@code count} paragraphs of one character each.
	 */
	static byte[] tinyParagraphs(int count) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w="
					+ "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
				.getBytes(StandardCharsets.UTF_8));
			byte[] paragraph = "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr><w:r><w:t>字</w:t></w:r></w:p>"
				.getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < count; i++) {
				zip.write(paragraph);
			}
			zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	/**
	 * Every reason a reader can give has its Chinese message: a new reason without one
	 * would show a message key to a clerk.
	 */
	@Test
	void everyRefusalReasonHasAMessage() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Pattern thrown = Pattern.compile("UnreadableDocumentException\\(\"([a-zA-Z]+)\"");
		Set<String> reasons = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/fazhi/importing"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher reason = thrown.matcher(Files.readString(source));
				while (reason.find()) {
					reasons.add(reason.group(1));
				}
			}
		}
		assertThat(reasons).contains("scannedPdf", "unreadableDoc", "zipTooMany", "tooSlow");
		assertThat(reasons).allSatisfy(
				(reason) -> assertThat(messages.getProperty("import.unreadable." + reason)).as(reason).isNotBlank());
	}

}
