package org.fazhi.demo;

import java.util.Map;

import org.fazhi.importing.ParsedReport;
import org.fazhi.importing.ReportParser;
import org.fazhi.report.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report writer writes what real reports look like, and the parser reads what it
 * writes: the writer is what the realistic tests and the demo data stand on.
 */
class ReportWriterTests {

	private final ReportWriter writer = new ReportWriter();

	private static ReportWriter.Options options(long seed) {
		return ReportWriter.Options.typical("程庄镇", "民权县程庄镇人民政府", "民权县", 2025, seed);
	}

	@Test
	void theSameOptionsWriteTheSameReport() {
		assertThat(this.writer.write(options(7), null)).isEqualTo(this.writer.write(options(7), null));
		assertThat(this.writer.write(options(7), null)).isNotEqualTo(this.writer.write(options(8), null));
	}

	@Test
	void reportsRunFromFiveToFortyThousandCharactersWithOddCharacters() {
		for (int length : new int[] { 5000, 12000, 40000 }) {
			WrittenReport report = this.writer.write(options(length).withLength(length), null);
			assertThat(report.characters()).isBetween(length * 7 / 10, length * 13 / 10);
			String text = report.document(false);
			assertThat(text).contains("𠮷").containsPattern("[０-９]").containsPattern("[0-9]").contains("\t");
			assertThat(text).containsPattern("（[一二三]）").contains("一是");
		}
	}

	@Test
	void everyTopicIsWrittenAbout() {
		WrittenReport report = this.writer.write(options(3).withLength(12000), null);
		String measures = report.parts().get(SectionKind.MEASURES).body();
		assertThat(measures).contains("行政执法", "普法", "调解", "政务公开", "重大行政决策", "便民服务", "规范性文件", "应急", "网上");
	}

	@Test
	void aReportOnLastYearAccountsForItsPromisesOrCopiesIt() {
		WrittenReport last = this.writer.write(options(11).withYear(2024, 11), null);
		WrittenReport kept = this.writer.write(options(12).withPromises(1.0, 0), last);
		assertThat(kept.kept()).containsExactlyElementsOf(last.promises());
		String measures = kept.parts().get(SectionKind.MEASURES).body();
		last.promises().forEach((promise) -> assertThat(measures).contains(promise.action()));
		WrittenReport copied = this.writer.write(options(13).withPromises(0, 1.0), last);
		assertThat(copied.kept()).isEmpty();
		String lastMeasures = last.parts().get(SectionKind.MEASURES).body().replace("2024", "2025");
		long shared = copied.parts()
			.get(SectionKind.MEASURES)
			.body()
			.lines()
			.filter((line) -> line.length() > 60 && lastMeasures.contains(line))
			.count();
		assertThat(shared).isGreaterThan(5);
	}

	@Test
	void vagueReportsHaveNoCausesNumbersOrOwners() {
		WrittenReport vague = this.writer.write(options(5).withConcrete(false), null);
		Map<SectionKind, WrittenReport.Part> parts = vague.parts();
		assertThat(parts.get(SectionKind.PROBLEMS).body()).doesNotContain("原因");
		assertThat(parts.get(SectionKind.NEXT_YEAR_PLANS).body()).doesNotContainPattern("\\d").doesNotContain("负责");
		assertThat(vague.promises()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(ReportWriter.HeadingStyle.class)
	void theParserFindsEveryPartOfEveryHeadingStyle(ReportWriter.HeadingStyle style) {
		WrittenReport report = this.writer.write(options(21).withHeadings(style), null);
		ParsedReport parsed = new ReportParser().parse(report.document(false));
		assertThat(parsed.title()).isEqualTo(report.title());
		assertThat(parsed.year()).isEqualTo(2025);
		assertThat(parsed.missing()).isEmpty();
		assertThat(parsed.parts()).extracting((p) -> p.kind())
			.containsExactlyElementsOf(report.chunks().stream().map(WrittenReport.Chunk::kind).toList());
		assertThat(parsed.dateWritten()).isEqualTo(report.dateWritten());
	}

}
