package org.fazhi.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.fazhi.report.SectionKind;

/**
 * One demo report as the demo files it, from a hand-written file or {@link DemoYears}:
 * the edition's metadata and parts, and when it moved through the workflow.
 *
 * @param agencyCode the township's unified code
 * @param year report year
 * @param clerk the clerk's login
 * @param reviewer the reviewer's login, or {@code null} when no reviewer acted
 * @param title 标题
 * @param addressee 主送机关
 * @param preamble opening paragraph
 * @param signing 落款
 * @param written 成文日期
 * @param number 文号, or {@code null}
 * @param keywords 主题词
 * @param sections the parts in order
 * @param timeline what happened to it
 */
record DemoFiling(String agencyCode, int year, String clerk, String reviewer, String title, String addressee,
		String preamble, String signing, LocalDate written, String number, String keywords, List<Part> sections,
		DemoYears.Timeline timeline) {

	/**
	 * One part.
	 *
	 * @param kind part kind
	 * @param heading heading as written
	 * @param body body text
	 */
	record Part(SectionKind kind, String heading, String body) {
	}

	/** When it first happened: created, as far as the demo is concerned. */
	LocalDateTime firstEvent() {
		return (this.timeline.submitted() != null) ? this.timeline.submitted() : this.written.atTime(9, 0);
	}

	static DemoFiling of(DemoReport demo) {
		LocalDate written = LocalDate.parse(demo.header("written"));
		String published = demo.optionalHeader("published");
		DemoYears.Timeline timeline = new DemoYears.Timeline(written.atTime(16, 30), null, null, null,
				(published != null) ? LocalDateTime.parse(published) : null);
		return new DemoFiling(demo.header("agency"), Integer.parseInt(demo.header("year")), demo.header("clerk"),
				demo.optionalHeader("reviewer"), demo.header("title"), demo.header("addressee"), demo.preamble(),
				demo.header("signing"), written, demo.optionalHeader("number"), demo.optionalHeader("keywords"),
				demo.sections().stream().map((s) -> new Part(s.kind(), s.heading(), s.body())).toList(), timeline);
	}

	static DemoFiling of(DemoYears.Year year) {
		WrittenReport report = year.report();
		DemoYears.Township township = year.township();
		List<Part> parts = report.parts().entrySet().stream().map((entry) -> {
			String body = entry.getValue().body();
			if (entry.getKey() == SectionKind.MEASURES && year.slip() != null) {
				body = body + "\n" + year.slip();
			}
			return new Part(entry.getKey(), entry.getValue().heading(), body);
		}).toList();
		return new DemoFiling(township.code(), report.year(), township.clerk(), township.reviewer(), report.title(),
				report.addressee(), report.preamble(), report.signingAgency(), DemoYears.written(year), year.number(),
				"法治政府建设 年度报告", parts, year.timeline());
	}

}
