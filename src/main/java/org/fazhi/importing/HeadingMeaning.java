package org.fazhi.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.report.SectionKind;

/**
 * Decides which part a top-level heading means, by its words rather than its exact text:
 * "措施及成效", "2023年工作开展情况" and "主要举措和成效" all mean measures. A heading that names none of
 * the parts is a theme ("强化组织领导，提升法治意识") and counts as measures.
 */
final class HeadingMeaning {

	private static final Pattern NOISE = Pattern
		.compile("^[\\s\\p{Punct}（）【】〔〕、，。：；]*([一二三四五六七八九十]{1,3}|第[一二三四五六七八九十]{1,3}部分|\\d{1,2})?[、．.，,：:\\s]*");

	private static final Pattern YEARS = Pattern.compile("((19|20)\\d{2}|[〇零一二三四五六七八九]{4})\\s*年度?");

	/** What ends a leading clause of a heading. */
	private static final String CLAUSE_BREAKS = ",，;；。的";

	private static final List<Cue> CUES = List.of(
			// The first-responsible-person heading also says 推进 and 情况, so it is tried
			// first.
			new Cue(SectionKind.RESPONSIBLE_PERSON, "第一责任人|主要负责人|负责同志|履行.{0,12}职责|履职|责任落实情况"),
			new Cue(SectionKind.OTHER, "其[他它].{0,6}(情况|事项|事宜)|需要报告的|其[他它]$"),
			new Cue(SectionKind.PROBLEMS, "不足|存在.{0,4}(的)?问题|问题.{0,2}(和|与|及)?.{0,2}(原因|差距|短板|困难)|短板|差距|困难和问题|薄弱环节|问题$"),
			new Cue(SectionKind.NEXT_YEAR_PLANS, "下一步|下一年|下年度|明年|来年|打算|安排|计划|工作思路|工作重点|重点工作|努力方向|展望|目标任务"),
			new Cue(SectionKind.MEASURES, "举措|措施|成效|成绩|主要工作|工作开展|开展情况|推进情况|工作情况|基本情况|完成情况|主要做法|做法|进展|亮点|经验"));

	private HeadingMeaning() {
	}

	/**
	 * The kinds a heading's words point to, strongest first; empty for a theme. A Chinese
	 * heading ends with what it is about ("……紧密围绕市委工作安排，推动法治政府建设的举措和成效"), so the words
	 * nearest its end are the strongest; the first-responsible-person heading, which also
	 * speaks of measures, is the exception.
	 */
	static List<SectionKind> kinds(String heading) {
		String words = core(heading);
		List<SectionKind> kinds = new ArrayList<>();
		Map<SectionKind, Integer> lastAt = new EnumMap<>(SectionKind.class);
		for (Cue cue : CUES) {
			Matcher matcher = cue.pattern().matcher(words);
			int start = -1;
			while (matcher.find()) {
				start = matcher.start();
			}
			if (start >= 0) {
				kinds.add(cue.kind());
				lastAt.put(cue.kind(), clause(words, start));
			}
		}
		kinds.sort(Comparator.comparing((SectionKind kind) -> kind != SectionKind.RESPONSIBLE_PERSON)
			.thenComparing((kind) -> -lastAt.get(kind)));
		return kinds;
	}

	/**
	 * Which clause of the heading position {@code at} is in, counting the breaks before
	 * it.
	 */
	private static int clause(String words, int at) {
		return (int) words.substring(0, at).chars().filter((c) -> CLAUSE_BREAKS.indexOf(c) >= 0).count();
	}

	/**
	 * The heading without numbering, year prefixes, spaces and width differences.
	 */
	static String core(String heading) {
		String folded = TextForms.fold(heading);
		String words = NOISE.matcher(folded).replaceFirst("");
		return YEARS.matcher(words).replaceAll("").replaceAll("\\s+", "");
	}

	private record Cue(SectionKind kind, Pattern pattern) {

		Cue(SectionKind kind, String regex) {
			this(kind, Pattern.compile(regex));
		}

	}

}
