package org.fazhi.assistant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fazhi.report.SectionKind;

/**
 * Last year's promises: each item of last year's 下一年度工作安排 is looked for among this year's
 * measures, by the words that make it particular (two-character pieces, without the words
 * every plan uses). An item none of this year's paragraphs accounts for is listed.
 */
final class PromiseCheck {

	/** Words every plan uses, which say nothing about which plan it is. */
	private static final Set<String> COMMON = Set.of("推进", "加强", "进一步", "一步", "工作", "法治", "建设", "政府", "依法", "全面", "持续",
			"深入", "提升", "完善", "健全", "落实", "开展", "推动", "强化", "不断", "水平", "能力", "机制", "制度", "年将", "我镇", "我乡", "街道", "镇将",
			"全镇", "全乡", "以上", "不少", "少于", "达到", "确保", "前完", "完成", "负责", "牵头", "具体", "年底");

	/** Share of an item's particular words a paragraph must hold to account for it. */
	static final double ACCOUNTED = 0.45;

	private PromiseCheck() {
	}

	static List<Assessment.Promise> match(String lastYearPlans, String thisYearMeasures) {
		List<String> paragraphs = thisYearMeasures.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
		List<Set<String>> paragraphWords = paragraphs.stream().map(PromiseCheck::words).toList();
		List<Assessment.Promise> promises = new ArrayList<>();
		for (String item : items(lastYearPlans)) {
			Set<String> wanted = words(item);
			String account = null;
			double best = 0;
			for (int i = 0; i < paragraphs.size() && !wanted.isEmpty(); i++) {
				Set<String> found = new HashSet<>(wanted);
				found.retainAll(paragraphWords.get(i));
				double share = (double) found.size() / wanted.size();
				if (share >= ACCOUNTED && share > best) {
					best = share;
					account = paragraphs.get(i);
				}
			}
			promises.add(new Assessment.Promise(item, account));
		}
		return promises;
	}

	static List<Finding> findings(List<Assessment.Promise> promises) {
		return promises.stream()
			.filter((promise) -> !promise.kept())
			.map((promise) -> new Finding("promiseNotReported", Severity.NOTE, SectionKind.MEASURES, -1, -1,
					promise.item(), List.of()))
			.toList();
	}

	static List<String> items(String plans) {
		return ListItems.of(plans).stream().map(ListItems.Item::text).toList();
	}

	/**
	 * The item's particular two-character words: Chinese only, common plan words left
	 * out.
	 */
	static Set<String> words(String text) {
		String han = text.replaceAll("[^\\p{IsHan}]", " ");
		Set<String> words = new HashSet<>();
		for (String run : han.split(" +")) {
			for (int i = 0; i + 2 <= run.length(); i++) {
				String word = run.substring(i, i + 2);
				if (!COMMON.contains(word)) {
					words.add(word);
				}
			}
		}
		return words;
	}

}
