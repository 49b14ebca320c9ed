package org.fazhi.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.fazhi.report.SectionKind;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportParserTests {

	private final ReportParser parser = new ReportParser();

	@Test
	void standardReportHasAllFivePartsAndItsClosingLines() {
		ParsedReport report = parse("standard.txt");
		assertThat(report.title()).isEqualTo("青山镇人民政府关于2023年度法治政府建设工作情况的报告");
		assertThat(report.agencyName()).isEqualTo("青山镇人民政府");
		assertThat(report.year()).isEqualTo(2023);
		assertThat(report.addressee()).isEqualTo("县委、县政府：");
		assertThat(report.preamble()).startsWith("2023年，青山镇").endsWith("现将有关情况报告如下：");
		assertThat(kinds(report)).containsExactly(SectionKind.MEASURES, SectionKind.PROBLEMS,
				SectionKind.RESPONSIBLE_PERSON, SectionKind.NEXT_YEAR_PLANS, SectionKind.OTHER);
		ParsedPart measures = report.parts().get(0);
		assertThat(measures.heading()).isEqualTo("一、2023年推进法治政府建设的主要举措和成效");
		// Second and third levels and inline 一是 stay in the body.
		assertThat(measures.body()).contains("（二）严格规范公正文明执法").contains("1.推行执法公示。一是在政务公开栏");
		assertThat(report.parts().get(4).body()).isEqualTo("无。");
		assertThat(report.signingAgency()).isEqualTo("青山镇人民政府");
		assertThat(report.dateWritten()).isEqualTo(LocalDate.of(2024, 1, 11));
		assertThat(report.missing()).isEmpty();
		assertThat(report.warnings()).isEmpty();
	}

	@Test
	void copiedDisclosurePageLosesItsChromeAndKeepsItsMetadata() {
		ParsedReport report = parse("web-page.txt");
		assertThat(report.title()).isEqualTo("白鹤镇2023年法治政府建设年度报告");
		assertThat(report.agencyName()).isEqualTo("白鹤镇");
		assertThat(report.year()).isEqualTo(2023);
		assertThat(report.metadata().indexNumber()).isEqualTo("11430721MB1234567X/2024-00003");
		assertThat(report.metadata().publisher()).isEqualTo("云溪县白鹤镇人民政府");
		assertThat(report.metadata().dateWritten()).isEqualTo("2024-02-26");
		assertThat(report.metadata().publishedOn()).isEqualTo("2024-03-05");
		assertThat(report.metadata().documentNumber()).isNull();
		assertThat(report.metadata().topicCategory()).isEqualTo("公安、安全、司法、法制");
		assertThat(report.preamble()).startsWith("今年以来").doesNotContain("打印").doesNotContain("浏览");
		// First-responsible-person part first, measures by another wording.
		assertThat(kinds(report)).containsExactly(SectionKind.RESPONSIBLE_PERSON, SectionKind.MEASURES,
				SectionKind.PROBLEMS, SectionKind.NEXT_YEAR_PLANS);
		assertThat(report.parts().get(1).body()).contains("（一）健全依法决策机制").contains("(二)深化“放管服”改革");
		assertThat(report.parts().get(3).body()).isEqualTo("一是抓好学法用法；二是完善矛盾纠纷多元化解机制。");
		assertThat(report.signingAgency()).isEqualTo("白鹤镇人民政府");
		assertThat(report.dateWritten()).isEqualTo(LocalDate.of(2024, 2, 26));
		assertThat(allText(report)).doesNotContain("上一篇", "ICP", "当前位置", "首页", "版权所有");
		assertThat(report.missing()).isEmpty();
	}

	@Test
	void thematicHeadingsAllBelongToMeasuresAndStayAsSubHeadings() {
		ParsedReport report = parse("thematic.txt");
		assertThat(report.year()).isEqualTo(2024);
		assertThat(kinds(report)).containsExactly(SectionKind.MEASURES, SectionKind.MEASURES, SectionKind.MEASURES,
				SectionKind.MEASURES, SectionKind.PROBLEMS, SectionKind.NEXT_YEAR_PLANS);
		ParsedReport.MergedPart measures = report.merged().get(SectionKind.MEASURES);
		assertThat(measures.heading()).isNull();
		assertThat(measures.body()).startsWith("一、强化组织领导，压实法治建设责任\n街道党工委").contains("\n四、加强矛盾化解，维护社会和谐稳定\n调解矛盾纠纷318件");
		assertThat(report.missing()).containsExactly(SectionKind.RESPONSIBLE_PERSON);
		assertThat(report.warnings()).extracting(ImportWarning::code).contains("missingPart");
		assertThat(report.signingAgency()).isEqualTo("龙泉街道办事处");
		assertThat(report.dateWritten()).isEqualTo(LocalDate.of(2025, 1, 20));
	}

	@Test
	void oldReportWithOnlyMeasuresTakesItsYearFromTheDateWritten() {
		ParsedReport report = parse("old-measures-only.txt");
		assertThat(report.title()).isEqualTo("石门乡依法行政工作总结报告");
		assertThat(report.dateWritten()).isEqualTo(LocalDate.of(2018, 2, 12));
		assertThat(report.year()).isEqualTo(2017);
		assertThat(report.warnings()).extracting(ImportWarning::code).contains("yearFromDate");
		assertThat(report.parts()).allMatch((part) -> part.kind() == SectionKind.MEASURES);
		assertThat(report.missing()).containsExactly(SectionKind.PROBLEMS, SectionKind.RESPONSIBLE_PERSON,
				SectionKind.NEXT_YEAR_PLANS);
	}

	@Test
	void mixedWidthPunctuationStraySpacesAndWrappedTitle() {
		ParsedReport report = parse("mixed-forms.txt");
		assertThat(report.title()).isEqualTo("金沙镇人民政府关于2022年度法治政府建设情况的报告");
		assertThat(report.metadata().documentNumber()).isEqualTo("金政报〔2023〕5号");
		assertThat(report.addressee()).isEqualTo("县人民政府:");
		assertThat(report.year()).isEqualTo(2022);
		assertThat(kinds(report)).containsExactly(SectionKind.MEASURES, SectionKind.PROBLEMS,
				SectionKind.NEXT_YEAR_PLANS);
		// A heading with its text on the same line.
		ParsedPart plans = report.parts().get(2);
		assertThat(plans.heading()).isEqualTo("三、下一步工作打算。");
		assertThat(plans.body()).startsWith("明年将重点抓好以下工作").endsWith("具体措施另行制定。");
		assertThat(report.dateWritten()).isEqualTo(LocalDate.of(2023, 1, 5));
	}

	@Test
	void repeatedMetadataBlockIsDroppedAndTheFirstValuesKept() {
		ParsedReport report = parse("one-line-metadata.txt");
		assertThat(report.metadata().indexNumber()).isEqualTo("11510000MB0000001A/2021-00021");
		assertThat(report.metadata().publishedOn()).isEqualTo("2021-03-20");
		assertThat(report.year()).isEqualTo(2020);
		assertThat(report.missing()).isEmpty();
		assertThat(allText(report)).doesNotContain("索引号");
		assertThat(report.parts().get(4).body()).isEqualTo("本年度无行政复议被纠错案件。");
	}

	@Test
	void combinedHeadingIsFlaggedAsAmbiguous() {
		ParsedReport report = this.parser.parse("""
				某镇2023年法治政府建设报告
				一、主要成效
				做了很多工作。
				二、存在问题及下一步打算
				问题不少，明年改进。
				""");
		assertThat(kinds(report)).containsExactly(SectionKind.MEASURES, SectionKind.PROBLEMS);
		assertThat(report.warnings()).extracting(ImportWarning::code).contains("ambiguousHeading");
		assertThat(report.missing()).contains(SectionKind.NEXT_YEAR_PLANS);
	}

	@Test
	void textWithoutHeadingsIsAllPreambleAndNothingIsInvented() {
		ParsedReport report = this.parser.parse("今年我们做了很多工作。\n明年继续努力。");
		assertThat(report.parts()).isEmpty();
		assertThat(report.preamble()).isEqualTo("今年我们做了很多工作。\n明年继续努力。");
		assertThat(report.warnings()).extracting(ImportWarning::code).contains("noTitle", "noParts", "noYear");
	}

	@Test
	void clerkCanReassignAChunk() {
		ParsedReport report = parse("thematic.txt");
		List<SectionKind> kinds = new ArrayList<>(kinds(report));
		kinds.set(0, SectionKind.RESPONSIBLE_PERSON);
		ParsedReport changed = report.withKinds(kinds);
		assertThat(changed.merged().get(SectionKind.RESPONSIBLE_PERSON).body()).startsWith("一、强化组织领导，压实法治建设责任\n");
		assertThat(changed.missing()).isEmpty();
	}

	@Test
	void headingsAreRecognisedByMeaning() {
		assertThat(HeadingMeaning.kinds("一、措施及成效")).first().isEqualTo(SectionKind.MEASURES);
		assertThat(HeadingMeaning.kinds("（一）基本情况和主要成效")).first().isEqualTo(SectionKind.MEASURES);
		assertThat(HeadingMeaning.kinds("二、2023年度存在问题与不足")).first().isEqualTo(SectionKind.PROBLEMS);
		assertThat(HeadingMeaning.kinds("三、2024年工作安排")).first().isEqualTo(SectionKind.NEXT_YEAR_PLANS);
		assertThat(HeadingMeaning.kinds("四、下一步工作思路")).first().isEqualTo(SectionKind.NEXT_YEAR_PLANS);
		assertThat(HeadingMeaning.kinds("第二部分 党政主要负责人履职情况")).first().isEqualTo(SectionKind.RESPONSIBLE_PERSON);
		assertThat(HeadingMeaning.kinds("五、其它需要报告的事项")).first().isEqualTo(SectionKind.OTHER);
		assertThat(HeadingMeaning.kinds("一、强化组织领导，提升法治意识")).isEmpty();
	}

	@Test
	void chineseDates() {
		assertThat(ChineseDates.find("二〇二四年一月十一日")).contains(LocalDate.of(2024, 1, 11));
		assertThat(ChineseDates.find("二〇二三年十二月三十一日")).contains(LocalDate.of(2023, 12, 31));
		assertThat(ChineseDates.find("2024.3.5")).contains(LocalDate.of(2024, 3, 5));
		assertThat(ChineseDates.find("２０２４年２月３０日")).isEmpty();
		assertThat(ChineseDates.isDateLine("（2024年1月11日）")).isTrue();
		assertThat(ChineseDates.isDateLine("2024年1月11日召开会议")).isFalse();
	}

	/**
	 * The front matter that real pages got wrong: an empty value swallowing the next
	 * label, an unknown label sticking to a known value, a date with a time, a title set
	 * on two lines with the agency first, and page tools left in the preamble or the last
	 * part.
	 */
	@Test
	void frontMatterAsRealPagesWriteIt() {
		ParsedReport report = this.parser.parse("""
				站内搜索
				首页 > 信息公开 > 法治政府建设年度报告
				索引号: 11430721MB1234567X/2024-00003 类别:
				文 号: 所属类别: 综合政务
				发布日期:2021-03-05 09:30
				时间:2022-03-01 10:12 点击数:5
				成文日期：二〇二一年二月二十六日
				云溪县白鹤镇人民政府
				关于2020年度法治政府建设情况的报告
				【打印本页】
				2020年，我镇坚持依法行政。现将有关情况报告如下：
				一、主要举措和成效
				全年开展普法活动12场。
				二、存在的不足和原因
				执法力量不足。
				云溪县白鹤镇人民政府
				2021年2月26日
				【打印本页】【关闭窗口】
				上一篇：白鹤镇2019年度法治政府建设情况报告
				下一篇：无
				主办单位：云溪县人民政府办公室
				""");
		assertThat(report.title()).isEqualTo("云溪县白鹤镇人民政府关于2020年度法治政府建设情况的报告");
		assertThat(report.agencyName()).isEqualTo("云溪县白鹤镇人民政府");
		assertThat(report.year()).isEqualTo(2020);
		DisclosureMetadata metadata = report.metadata();
		assertThat(metadata.indexNumber()).isEqualTo("11430721MB1234567X/2024-00003");
		assertThat(metadata.documentNumber()).isNull();
		assertThat(metadata.others()).containsEntry("所属类别", "综合政务").doesNotContainKey("类别");
		assertThat(metadata.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 5));
		assertThat(metadata.dateWritten()).isEqualTo(LocalDate.of(2021, 2, 26));
		assertThat(report.preamble()).isEqualTo("2020年，我镇坚持依法行政。现将有关情况报告如下：");
		assertThat(report.parts().get(1).body()).isEqualTo("执法力量不足。");
		assertThat(report.dropped()).contains("站内搜索", "【打印本页】", "点击数：5", "主办单位：云溪县人民政府办公室");
		assertThat(allText(report)).doesNotContain("打印", "上一篇", "点击", "搜索");
	}

	@Test
	void labelsWithoutColonsAndValuesOnTheirOwnLines() {
		ParsedReport report = this.parser.parse("""
				索 引 号 640421026/2023-00004 发文时间 2023-03-14
				发布机构 原州区头营镇政府 文 号
				[ 体裁分类 ] 工作报告 [ 主题词 ]
				发布时间:
				2026-03-04
				作者:
				来源:
				头营镇人民政府
				标 题: 原州区头营镇2022年法治政府建设情况报告
				原州区头营镇2022年法治政府建设情况报告
				2022年，头营镇法治政府建设工作扎实推进。
				一、2022年度推进法治政府建设的主要举措和成效
				成立领导小组。
				""");
		DisclosureMetadata metadata = report.metadata();
		assertThat(metadata.indexNumber()).isEqualTo("640421026/2023-00004");
		assertThat(metadata.dateWritten()).isEqualTo(LocalDate.of(2023, 3, 14));
		assertThat(metadata.publisher()).isEqualTo("原州区头营镇政府");
		assertThat(metadata.documentNumber()).isNull();
		assertThat(metadata.genre()).isEqualTo("工作报告");
		assertThat(metadata.keywords()).isNull();
		assertThat(metadata.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
		assertThat(metadata.others()).containsExactly(Map.entry("来源", "头营镇人民政府"));
		assertThat(report.title()).isEqualTo("原州区头营镇2022年法治政府建设情况报告");
		assertThat(report.preamble()).isEqualTo("2022年，头营镇法治政府建设工作扎实推进。");
	}

	@Test
	void aSentenceThatBeginsLikeALabelStaysInTheBody() {
		ParsedReport report = this.parser.parse("""
				某镇2023年法治政府建设报告
				一、主要举措和成效
				时间：全年分四个阶段推进
				来源广泛的意见都得到了回应。
				""");
		assertThat(report.parts().get(0).body()).isEqualTo("时间：全年分四个阶段推进\n来源广泛的意见都得到了回应。");
	}

	/**
	 * Whatever the headings, chrome and metadata, every character of the body lands in
	 * exactly one part or the preamble, in order.
	 */
	@RepeatedTest(200)
	void everyBodyCharacterLandsInExactlyOnePlace(RepetitionInfo repetition) {
		Random random = new Random(repetition.getCurrentRepetition() * 7919L);
		GeneratedReport generated = GeneratedReport.random(random);
		ParsedReport report = this.parser.parse(generated.text());
		StringBuilder landed = new StringBuilder(report.preamble());
		for (ParsedPart part : report.parts()) {
			landed.append(part.heading()).append(part.body());
		}
		assertThat(squeeze(landed.toString())).as(generated.text()).isEqualTo(squeeze(generated.body()));
		assertThat(report.parts()).hasSize(generated.headings());
	}

	private static String squeeze(String text) {
		return text.replaceAll("[\\s\u3000]", "");
	}

	private static List<SectionKind> kinds(ParsedReport report) {
		return report.parts().stream().map(ParsedPart::kind).toList();
	}

	private static String allText(ParsedReport report) {
		StringBuilder text = new StringBuilder().append(report.title()).append(report.preamble());
		report.parts().forEach((part) -> text.append(part.heading()).append(part.body()));
		return text.append(report.signingAgency()).toString();
	}

	private ParsedReport parse(String fixture) {
		try (InputStream in = getClass().getResourceAsStream("/import/" + fixture)) {
			return this.parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
