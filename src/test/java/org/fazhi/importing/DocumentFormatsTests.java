package org.fazhi.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.assertj.core.api.AbstractStringAssert;
import org.fazhi.support.FormatFiles;
import org.fazhi.support.SavedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same reports in every format a county keeps them in read as the same report: the
 * .docx a clerk wrote, the .doc and .pdf LibreOffice made of it (kept under
 * {@code import/formats}, see {@link FormatFixtureWriter}), and the disclosure page the
 * county published it on, saved in GBK. Title, agency, year, every part's kind and
 * heading, the signature, the date and every character of the body must agree with the
 * plain text; page headers, footers, page numbers and web chrome must not get in.
 */
class DocumentFormatsTests {

	private final DocumentReader reader = new DocumentReader();

	private final ReportParser parser = new ReportParser();

	@ParameterizedTest
	@ValueSource(strings = { "report-1", "report-2", "report-3" })
	void everyFormatReadsAsTheText(String name) throws IOException {
		ParsedReport text = parse(name + ".txt", FormatFiles.bytes(name + ".txt"));
		assertThat(text.parts()).hasSizeGreaterThanOrEqualTo(5);
		for (String format : List.of(".docx", ".doc", ".pdf")) {
			ParsedReport other = parse(name + format, FormatFiles.bytes(name + format));
			assertSameReport(name + format, other, text);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "report-1", "report-2", "report-3" })
	void aSavedDisclosurePageInGbkReadsAsTheTextWithItsMetadata(String name) throws IOException {
		ParsedReport text = parse(name + ".txt", FormatFiles.bytes(name + ".txt"));
		String content = new String(FormatFiles.bytes(name + ".txt"), "UTF-8");
		byte[] page = SavedPage.of(content, "11411330MB1234567X/2025-00007", Charset.forName("GBK"));
		ParsedReport html = parse(name + ".html", page);
		assertSameReport(name + ".html", html, text);
		assertThat(html.metadata().indexNumber()).isEqualTo("11411330MB1234567X/2025-00007");
		assertThat(html.metadata().publishedOn()).hasToString("2025-03-20");
		assertThat(html.metadata().others()).containsEntry("有效性", "有效");
		assertThat(html.dropped()).contains("【打印本页】【关闭窗口】");
		// Named .htm or not named at all, the bytes say it is a page.
		assertSameReport(name + " unnamed", parse("page", page), text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "report-1.doc", "report-1.pdf", "report-1.docx" })
	void aDocumentTruncatedInTransitIsRefusedNotHalfRead(String name) throws IOException {
		byte[] whole = FormatFiles.bytes(name);
		byte[] half = Arrays.copyOf(whole, whole.length / 2);
		assertThat(refusal(name, half)).isIn("unreadableDoc", "corruptPdf", "corruptDocx");
	}

	/**
	 * Every format is held to the same limits while it is read: past the time or the
	 * paragraph count, reading stops with the reason.
	 */
	@Test
	void everyFormatStopsAtTheTimeAndSizeLimits() throws IOException {
		ReadingLimits d = ReadingLimits.DEFAULT;
		ReadingLimits noTime = new ReadingLimits(d.maxBytes(), d.maxExpandedBytes(), d.maxEntries(), d.maxCharacters(),
				d.maxParagraphs(), d.maxElements(), d.maxPages(), Duration.ofNanos(1), d.maxFilesInZip());
		ReadingLimits fewParagraphs = new ReadingLimits(d.maxBytes(), d.maxExpandedBytes(), d.maxEntries(),
				d.maxCharacters(), 20, d.maxElements(), 1, d.maxTime(), d.maxFilesInZip());
		byte[] page = SavedPage.of(new String(FormatFiles.bytes("report-1.txt"), "UTF-8"), "x", Charset.forName("GBK"));
		List<Function<ReadingLimits, List<SourceLine>>> readers = List.of(
				(limits) -> DocText.read(FormatFiles.bytes("report-1.doc"), limits),
				(limits) -> PdfText.read(FormatFiles.bytes("report-1.pdf"), limits),
				(limits) -> HtmlText.read(page, limits));
		for (var reader : readers) {
			assertThatReason(() -> reader.apply(noTime)).isEqualTo("tooSlow");
			assertThatReason(() -> reader.apply(fewParagraphs)).isEqualTo("tooLong");
		}
	}

	private static AbstractStringAssert<?> assertThatReason(Runnable read) {
		try {
			read.run();
			return assertThat("read");
		}
		catch (UnreadableDocumentException ex) {
			return assertThat(ex.messageKey().substring("import.unreadable.".length()));
		}
	}

	@Test
	void aScannedPdfIsRefusedSayingSo() throws IOException {
		assertThat(refusal("scan.pdf", SavedPage.scannedPdf(3))).isEqualTo("scannedPdf");
	}

	@Test
	void aZipOfMixedFilesGivesEveryDocumentAndPassesOverTheRest() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, Charset.forName("GBK"))) {
			for (String name : List.of("report-1.doc", "report-2.pdf", "report-3.docx", "report-1.txt")) {
				zip.putNextEntry(new ZipEntry("2024年报告/" + name));
				zip.write(FormatFiles.bytes(name));
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("__MACOSX/2024年报告/._report-1.doc"));
			zip.write(new byte[] { 0, 5, 22, 7 });
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("2024年报告/~$port-3.docx"));
			zip.write(new byte[] { 1, 2, 3 });
			zip.closeEntry();
		}
		List<ZipDocuments.Entry> entries = this.reader.unzip("往年报告.zip", out.toByteArray());
		assertThat(entries).extracting(ZipDocuments.Entry::name)
			.containsExactly("report-1.doc", "report-2.pdf", "report-3.docx", "report-1.txt");
		for (ZipDocuments.Entry entry : entries) {
			assertThat(parse(entry.name(), entry.bytes()).parts()).hasSizeGreaterThanOrEqualTo(5);
		}
	}

	private void assertSameReport(String what, ParsedReport read, ParsedReport text) {
		assertThat(read.title()).as(what + " title").isEqualTo(text.title());
		assertThat(read.agencyName()).as(what + " agency").isEqualTo(text.agencyName());
		assertThat(read.year()).as(what + " year").isEqualTo(text.year());
		assertThat(read.addressee()).as(what + " addressee").isEqualTo(text.addressee());
		assertThat(read.parts()).as(what + " parts")
			.extracting((part) -> part.kind() + " " + part.heading())
			.containsExactlyElementsOf(
					text.parts().stream().map((part) -> part.kind() + " " + part.heading()).toList());
		assertThat(read.signingAgency()).as(what + " signature").isEqualTo(text.signingAgency());
		assertThat(read.dateWritten()).as(what + " date").isEqualTo(text.dateWritten());
		assertThat(firstDifference(squeeze(body(read)), squeeze(body(text)))).as(what + " body").isNull();
	}

	private ParsedReport parse(String name, byte[] bytes) {
		return this.parser.parse(this.reader.read(name, bytes));
	}

	private String refusal(String name, byte[] bytes) {
		try {
			this.reader.read(name, bytes);
			return "read";
		}
		catch (UnreadableDocumentException ex) {
			return ex.messageKey().substring("import.unreadable.".length());
		}
	}

	private static String body(ParsedReport report) {
		StringBuilder body = new StringBuilder(report.preamble());
		report.parts().forEach((part) -> body.append(part.heading()).append(part.body()));
		return body.toString();
	}

	/**
	 * Where two long texts first differ, with a little context; {@code null} when equal.
	 */
	private static String firstDifference(String read, String expected) {
		int at = 0;
		while (at < read.length() && at < expected.length() && read.charAt(at) == expected.charAt(at)) {
			at++;
		}
		if (at == read.length() && at == expected.length()) {
			return null;
		}
		int from = Math.max(0, at - 20);
		return "at " + at + ": read <" + read.substring(from, Math.min(read.length(), at + 30)) + "> expected <"
				+ expected.substring(from, Math.min(expected.length(), at + 30)) + ">";
	}

	private static String squeeze(String text) {
		return text.replaceAll("[\\s\u3000]", "");
	}

}
