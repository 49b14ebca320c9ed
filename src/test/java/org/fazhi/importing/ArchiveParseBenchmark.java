package org.fazhi.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.fazhi.demo.ReportWriter;
import org.fazhi.demo.WrittenReport;
import org.fazhi.support.Docx;
import org.fazhi.support.FormatFiles;
import org.fazhi.support.SavedPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Archive backfill's parse throughput, format by format: 1,000 files each read and parsed
 * as the archive import does ({@link DocumentReader} then {@link ReportParser}), after a
 * warm-up of 100. Text, .docx and saved pages are 1,000 different reports written by
 * {@link ReportWriter} (5,000 to 40,000 characters); .doc and .pdf are the three kept
 * fixtures LibreOffice made (9,000 to 30,000 characters), in turn. Printed for
 * BENCHMARKS.md: {@code ./mvnw -Pbenchmark verify -Dtest=ArchiveParseBenchmark}.
 */
class ArchiveParseBenchmark {

	private static final int FILES = 1000;

	private static final int WARM_UP = 100;

	private final DocumentReader reader = new DocumentReader();

	private final ReportParser parser = new ReportParser();

	@Test
	void parseThroughputPerFormat() throws IOException {
		List<WrittenReport> reports = reports();
		run(".txt", (i) -> reports.get(i).document(false).getBytes(StandardCharsets.UTF_8));
		run(".docx", (i) -> Docx.of(reports.get(i)));
		run(".html", (i) -> SavedPage.of(reports.get(i).document(false), "11411421MB1951073P/2022-00001",
				Charset.forName("GBK")));
		byte[][] doc = { FormatFiles.bytes("report-1.doc"), FormatFiles.bytes("report-2.doc"),
				FormatFiles.bytes("report-3.doc") };
		run(".doc", (i) -> doc[i % 3]);
		byte[][] pdf = { FormatFiles.bytes("report-1.pdf"), FormatFiles.bytes("report-2.pdf"),
				FormatFiles.bytes("report-3.pdf") };
		run(".pdf", (i) -> pdf[i % 3]);
	}

	private void run(String format, Function<Integer, byte[]> files) {
		List<byte[]> made = new ArrayList<>();
		for (int i = 0; i < FILES + WARM_UP; i++) {
			made.add(files.apply(i % FILES));
		}
		for (int i = 0; i < WARM_UP; i++) {
			this.parser.parse(this.reader.read("warm" + format, made.get(FILES + i)));
		}
		long[] nanos = new long[FILES];
		long bytes = 0;
		long characters = 0;
		long start = System.nanoTime();
		for (int i = 0; i < FILES; i++) {
			long one = System.nanoTime();
			ParsedReport parsed = this.parser.parse(this.reader.read("file" + format, made.get(i)));
			nanos[i] = System.nanoTime() - one;
			assertThat(parsed.parts()).as(format).hasSizeGreaterThanOrEqualTo(4);
			bytes += made.get(i).length;
			characters += parsed.preamble().length()
					+ parsed.parts().stream().mapToLong((part) -> part.body().length()).sum();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Arrays.sort(nanos);
		System.out.printf(
				"archive-parse format=%s files=%d megabytes=%.1f characters=%d seconds=%.2f reports_per_second=%.0f "
						+ "median_ms=%.1f p95_ms=%.1f max_ms=%.1f%n",
				format, FILES, bytes / 1e6, characters, seconds, FILES / seconds, nanos[FILES / 2] / 1e6,
				nanos[FILES * 95 / 100] / 1e6, nanos[FILES - 1] / 1e6);
	}

	private static List<WrittenReport> reports() {
		ReportWriter writer = new ReportWriter();
		ReportWriter.HeadingStyle[] styles = ReportWriter.HeadingStyle.values();
		String[] towns = { "程庄镇", "人和镇", "北关镇", "老颜集乡", "野岗镇", "双塔镇", "孙六镇", "白云寺镇" };
		List<WrittenReport> reports = new ArrayList<>();
		for (int i = 0; i < FILES; i++) {
			String town = towns[i % towns.length];
			int length = 5000 + (i * 7919) % 35000;
			reports.add(writer.write(ReportWriter.Options.typical(town, "民权县" + town + "人民政府", "民权县", 2018 + i % 8, i)
				.withHeadings(styles[i % styles.length])
				.withLength(length), null));
		}
		return reports;
	}

}
