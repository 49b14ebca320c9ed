package org.fazhi.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.report.SectionKind;

/**
 * What the regulation (《法治政府建设与责任落实督察工作规定》 art. 25–26) asks a report to contain, and what
 * third-party assessments keep finding missing: every required part present and of
 * substance, the first responsible person's concrete acts, the causes of the problems,
 * concrete plans, facts behind the measures. Each rule has a weight; the score is the sum
 * of the weights earned, out of 100, and each rule's share is shown.
 */
final class ContentsCheck {

	/** The weight of each rule; together with copying's, they make 100. */
	static final int PARTS = 25;

	static final int DUTIES = 15;

	static final int CAUSES = 10;

	static final int PLANS = 15;

	static final int FACTS = 10;

	/** A required part shorter than this (characters, spaces excluded) is thin. */
	static final int THIN = 150;

	/** The first responsible person's acts that count as concrete. */
	private static final Pattern ACTS = Pattern.compile("主持|召开|带头|述法|出庭|专题|研究部署|听取|批示|督办|学法|部署|审议|签批|约谈|调研");

	private static final Pattern CAUSES_WORDS = Pattern.compile("原因|究其原因|由于|导致|造成|在于|根源|受.{0,8}影响|主要是|一方面|客观上|主观上");

	/** Countable facts: numbers with a measure word or a percentage. */
	private static final Pattern FACT = Pattern
		.compile("\\d+(?:\\.\\d+)?\\s*(?:次|件|场|人|名|个|项|%|％|万|余|起|份|家|户|期|条|卷|天|小时|亿|元|篇|处|批)");

	private static final Pattern PLAN_NUMBERS = Pattern.compile("\\d+|[一二三四五六七八九十]+(?:次|场|项|个)");

	private static final Pattern PLAN_DATES = Pattern.compile("\\d{1,2}\\s*月|年底|年内|季度|上半年|下半年|前完成|月底|之前");

	private static final Pattern PLAN_OWNERS = Pattern.compile("负责|牵头|责任单位|落实|配合|具体实施|推进");

	/**
	 * Measures should carry at least this many countable facts per thousand characters.
	 */
	private static final double FACTS_PER_THOUSAND = 2;

	private ContentsCheck() {
	}

	/**
	 * The findings and the score lines.
	 */
	record Outcome(List<Finding> findings, List<Assessment.ScoreLine> lines) {
	}

	static Outcome check(CheckedReport report) {
		List<Finding> findings = new ArrayList<>();
		List<Assessment.ScoreLine> lines = new ArrayList<>();
		List<SectionKind> required = List.of(SectionKind.values()).stream().filter(SectionKind::isRequired).toList();
		double partsEarned = 0;
		for (SectionKind kind : required) {
			int length = substance(report.body(kind));
			if (!report.parts().containsKey(kind) || length == 0) {
				findings.add(Finding.whole("missingPart", Severity.BLOCKING, kind));
			}
			else if (length < THIN) {
				findings.add(Finding.whole("thinPart", Severity.WARNING, kind, length, THIN));
				partsEarned += 0.5;
			}
			else {
				partsEarned += 1;
			}
		}
		lines.add(new Assessment.ScoreLine("parts", PARTS, (int) Math.round(PARTS * partsEarned / required.size())));

		String duties = report.body(SectionKind.RESPONSIBLE_PERSON);
		boolean concreteDuties = count(ACTS, duties) >= 2 && PLAN_NUMBERS.matcher(duties).find();
		if (!duties.isEmpty() && !concreteDuties) {
			findings.add(Finding.whole("vagueDuties", Severity.WARNING, SectionKind.RESPONSIBLE_PERSON));
		}
		lines.add(new Assessment.ScoreLine("duties", DUTIES, concreteDuties ? DUTIES : 0));

		String problems = report.body(SectionKind.PROBLEMS);
		boolean causes = CAUSES_WORDS.matcher(problems).find();
		if (!problems.isEmpty() && !causes) {
			findings.add(Finding.whole("noCauses", Severity.WARNING, SectionKind.PROBLEMS));
		}
		lines.add(new Assessment.ScoreLine("causes", CAUSES, causes ? CAUSES : 0));

		String plans = report.body(SectionKind.NEXT_YEAR_PLANS);
		int concreteness = (PLAN_NUMBERS.matcher(plans).find() ? 1 : 0) + (PLAN_DATES.matcher(plans).find() ? 1 : 0)
				+ (PLAN_OWNERS.matcher(plans).find() ? 1 : 0);
		if (!plans.isEmpty() && concreteness < 2) {
			findings.add(Finding.whole("vaguePlans", Severity.WARNING, SectionKind.NEXT_YEAR_PLANS));
		}
		lines.add(new Assessment.ScoreLine("plans", PLANS, (concreteness >= 2) ? PLANS : 0));

		String measures = report.body(SectionKind.MEASURES);
		int length = substance(measures);
		boolean facts = length > 0 && count(FACT, measures) * 1000.0 / length >= FACTS_PER_THOUSAND;
		if (length > 0 && !facts) {
			findings.add(Finding.whole("noFacts", Severity.WARNING, SectionKind.MEASURES));
		}
		lines.add(new Assessment.ScoreLine("facts", FACTS, facts ? FACTS : 0));
		return new Outcome(findings, lines);
	}

	/** Characters of substance: whitespace does not count. */
	static int substance(String text) {
		return (int) text.codePoints().filter((c) -> !Character.isWhitespace(c) && c != '\u3000').count();
	}

	private static int count(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
