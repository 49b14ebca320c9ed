package org.fazhi.assistant;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fazhi.demo.ReportWriter;
import org.fazhi.demo.WrittenReport;
import org.fazhi.importing.DocumentReader;
import org.fazhi.importing.ParsedReport;
import org.fazhi.importing.ReportParser;
import org.fazhi.report.SectionKind;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every check, for what it must find and for what it must not: the false alarms are
 * looked for in the 41 real published reports of the import corpus and in realistic
 * reports, where secrecy, formulation and copying must find nothing.
 */
class ChecksTests {

	private final FormulationCheck formulations = FormulationCheck.starting();

	@Test
	void secrecyFindsPersonalDataAndMarkings() {
		String text = """
				当事人张建国（身份证号11010519491231002X，电话13812345678）对处罚决定无异议。
				经核实，举报人：李芳反映的问题属实，退还款项至其银行卡4111111111111111。
				查扣车辆豫N12345一辆，老身份证110105491231002仍在使用。联系电话0371-62345678。
				秘密★1年
				本材料为内部资料，不宜公开。
				""";
		assertThat(codes(SecrecyCheck.check(SectionKind.MEASURES, text))).containsExactlyInAnyOrder("personName",
				"personalId", "phoneNumber", "personName", "bankCard", "plate", "personalId", "phoneNumber",
				"secrecyMarker", "secrecyMarker", "secrecyMarker");
		Finding id = SecrecyCheck.check(SectionKind.MEASURES, text)
			.stream()
			.filter((f) -> f.code().equals("personalId"))
			.findFirst()
			.orElseThrow();
		assertThat(text.substring(id.start(), id.end())).isEqualTo("11010519491231002X").isEqualTo(id.excerpt());
	}

	@Test
	void secrecyRaisesNoAlarmOnWhatReportsAreFullOf() {
		String text = """
				索引号：11411421MB1951073P/2024-00003，统一社会信用代码11411421005440386B。
				文号：民政〔2024〕12号，成文日期2024年3月1日，全年办理事项25926件，满意率99.7%。
				当事人表示满意，当事人张某已缴纳罚款，举报人对处理结果无异议。依法保守国家秘密。
				身份证号码样式11010519491231002Y校验不通过，卡号1234567890123456校验不通过。
				""";
		assertThat(SecrecyCheck.check(SectionKind.MEASURES, text)).isEmpty();
	}

	@Test
	void realPublishedReportsRaiseNoSecrecyOrFormulationAlarm() throws IOException {
		List<String> alarms = new ArrayList<>();
		for (CheckedReport report : corpus()) {
			for (Map.Entry<SectionKind, CheckedReport.Part> part : report.parts().entrySet()) {
				SecrecyCheck.check(part.getKey(), part.getValue().body())
					.forEach((f) -> alarms.add(report.title() + " " + f.code() + " " + f.excerpt()));
				this.formulations.check(part.getKey(), part.getValue().body())
					.forEach((f) -> alarms.add(report.title() + " " + f.code() + " " + f.excerpt()));
			}
		}
		assertThat(alarms).isEmpty();
	}

	@Test
	void formulationsFindSlipsAndSayWhatIsRight() {
		String text = "深入学习习近平法治理论，贯彻党的二十大三中全会精神，落实《法治政府建设实施纲要(2021-2025)》，习总书记强调。";
		List<Finding> found = this.formulations.check(SectionKind.MEASURES, text);
		assertThat(found).extracting(Finding::excerpt)
			.containsExactlyInAnyOrder("习近平法治理论", "二十大三中全会", "法治政府建设实施纲要(2021-2025)", "习总书记");
		assertThat(found).extracting((f) -> f.arguments().get(0))
			.containsExactlyInAnyOrder("习近平法治思想", "二十届三中全会", "法治政府建设实施纲要（2021－2025年）", "习近平总书记");
		assertThat(this.formulations.check(SectionKind.MEASURES,
				"深入学习贯彻习近平法治思想和党的二十届三中全会精神，落实《法治政府建设实施纲要（2021－2025年）》，习近平总书记强调。"))
			.isEmpty();
	}

	@Test
	void contentsScoreARealisticReportHighAndEachOmissionLow() {
		WrittenReport written = writer().write(options(1), null);
		CheckedReport good = checked(written);
		ContentsCheck.Outcome outcome = ContentsCheck.check(good);
		assertThat(codes(outcome.findings())).isEmpty();
		assertThat(outcome.lines().stream().mapToInt(Assessment.ScoreLine::earned).sum())
			.isEqualTo(100 - ReviewAssistant.ORIGINAL);

		Map<SectionKind, CheckedReport.Part> parts = new EnumMap<>(good.parts());
		parts.remove(SectionKind.RESPONSIBLE_PERSON);
		parts.put(SectionKind.PROBLEMS, new CheckedReport.Part("二、存在的问题", "一是法治意识有待增强。二是执法力量薄弱。三是普法形式单一。"));
		parts.put(SectionKind.NEXT_YEAR_PLANS,
				new CheckedReport.Part("四、下一步打算", "进一步加强法治政府建设，全面提升依法行政水平，不断深化普法宣传。".repeat(6)));
		parts.put(SectionKind.MEASURES,
				new CheckedReport.Part("一、主要举措和成效", "我镇高度重视法治建设，认真贯彻上级部署，扎实推进各项工作，取得明显成效。".repeat(10)));
		ContentsCheck.Outcome poor = ContentsCheck.check(new CheckedReport(good.title(), parts));
		assertThat(codes(poor.findings())).containsExactlyInAnyOrder("missingPart", "thinPart", "noCauses",
				"vaguePlans", "noFacts");
		assertThat(poor.lines().stream().mapToInt(Assessment.ScoreLine::earned).sum()).isLessThan(40);
	}

	@Test
	void copyingFromLastYearAndFromAnotherTownshipIsFoundAndNamed() {
		ReportWriter writer = writer();
		WrittenReport lastYear = writer.write(options(2).withYear(2023, 2), null);
		WrittenReport copying = writer.write(options(3).withPromises(0.75, 0.3), lastYear);
		CopyCheck.Source own = new CopyCheck.Source("程庄镇 2023 年度报告", 7L, 1L, true, checked(lastYear));
		List<Finding> found = CopyCheck.check(checked(copying), List.of(own));
		assertThat(found).isNotEmpty().allSatisfy((f) -> {
			assertThat(f.code()).isEqualTo("copiedFromLastYear");
			assertThat(f.arguments().get(0)).isEqualTo("程庄镇 2023 年度报告");
		});

		WrittenReport other = writer.write(ReportWriter.Options.typical("人和镇", "民权县人和镇人民政府", "民权县", 2024, 77), null);
		String taken = other.parts()
			.get(SectionKind.MEASURES)
			.body()
			.lines()
			.filter((line) -> ContentsCheck.substance(line) > 120)
			.findFirst()
			.orElseThrow();
		CheckedReport mine = checked(writer.write(options(8), null));
		Map<SectionKind, CheckedReport.Part> parts = new EnumMap<>(mine.parts());
		CheckedReport.Part measures = parts.get(SectionKind.MEASURES);
		parts.put(SectionKind.MEASURES,
				new CheckedReport.Part(measures.heading(), measures.body() + "\n" + taken.replace("人和镇", "程庄镇")));
		List<Finding> fromOther = CopyCheck.check(new CheckedReport(mine.title(), parts),
				List.of(new CopyCheck.Source("人和镇 2024 年度报告", 9L, 2L, false, checked(other))));
		assertThat(fromOther).extracting(Finding::code).contains("copiedFromOther");
		assertThat(fromOther).filteredOn((f) -> f.code().equals("copiedFromOther"))
			.allSatisfy((f) -> assertThat(f.arguments().get(0)).isEqualTo("人和镇 2024 年度报告"));
	}

	@Test
	void realReportsOfDifferentTownshipsAreNotCopiesOfEachOther() throws IOException {
		List<CheckedReport> corpus = corpus(List.of("import/corpus/*.txt"));
		List<CopyCheck.Source> sources = new ArrayList<>();
		for (int i = 0; i < corpus.size(); i++) {
			sources.add(new CopyCheck.Source(corpus.get(i).title(), (long) i, (long) i, false, corpus.get(i)));
		}
		for (int i = 0; i < corpus.size(); i++) {
			List<CopyCheck.Source> others = new ArrayList<>(sources);
			others.remove(i);
			assertThat(CopyCheck.check(corpus.get(i), others)).as(corpus.get(i).title()).isEmpty();
		}
	}

	@Test
	void promisesKeptAreMatchedAndDroppedOnesListed() {
		ReportWriter writer = writer();
		WrittenReport lastYear = writer.write(options(5).withYear(2023, 5), null);
		WrittenReport thisYear = writer.write(options(6).withPromises(0.5, 0), lastYear);
		List<Assessment.Promise> promises = PromiseCheck.match(checked(lastYear).body(SectionKind.NEXT_YEAR_PLANS),
				checked(thisYear).body(SectionKind.MEASURES));
		assertThat(promises).hasSize(lastYear.promises().size());
		for (int i = 0; i < promises.size(); i++) {
			boolean kept = thisYear.kept().contains(lastYear.promises().get(i));
			assertThat(promises.get(i).kept()).as(promises.get(i).item()).isEqualTo(kept);
		}
		assertThat(PromiseCheck.findings(promises)).hasSize((int) promises.stream().filter((p) -> !p.kept()).count());
	}

	static ReportWriter writer() {
		return new ReportWriter();
	}

	static ReportWriter.Options options(long seed) {
		return ReportWriter.Options.typical("程庄镇", "民权县程庄镇人民政府", "民权县", 2024, seed);
	}

	static CheckedReport checked(WrittenReport written) {
		Map<SectionKind, CheckedReport.Part> parts = new EnumMap<>(SectionKind.class);
		written.parts().forEach((kind, part) -> parts.put(kind, new CheckedReport.Part(part.heading(), part.body())));
		return new CheckedReport(written.title(), parts);
	}

	static List<CheckedReport> corpus() throws IOException {
		return corpus(List.of("import/corpus/*.txt", "import/formats/*.txt"));
	}

	/**
	 * Real published reports (the import corpus) and, with the formats folder, realistic
	 * ones, as the checks read them.
	 */
	static List<CheckedReport> corpus(List<String> folders) throws IOException {
		List<CheckedReport> reports = new ArrayList<>();
		ReportParser parser = new ReportParser();
		DocumentReader reader = new DocumentReader();
		for (String folder : folders) {
			for (Resource page : new PathMatchingResourcePatternResolver().getResources("classpath:" + folder)) {
				ParsedReport parsed = parser.parse(reader.read("page.txt", page.getContentAsByteArray()));
				Map<SectionKind, CheckedReport.Part> parts = new EnumMap<>(SectionKind.class);
				parsed.merged()
					.forEach((kind, part) -> parts.put(kind, new CheckedReport.Part(part.heading(), part.body())));
				reports.add(new CheckedReport(page.getFilename(), parts));
			}
		}
		return reports;
	}

	private static List<String> codes(List<Finding> findings) {
		return findings.stream().map(Finding::code).toList();
	}

}
