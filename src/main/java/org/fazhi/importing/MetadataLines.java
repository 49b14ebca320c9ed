package org.fazhi.importing;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the disclosure metadata block of a copied 政府信息公开 page, whether each field is
 * "标签：值" on one line, several fields share a line, or a table put the label and the value
 * on lines of their own. Labels may be spaced out ("索 引 号"). The first value of each
 * field wins; repeated blocks are dropped.
 */
final class MetadataLines {

	static final String INDEX_NUMBER = "索引号";

	static final String PUBLISHER = "发布机构";

	static final String DATE_WRITTEN = "成文日期";

	static final String PUBLISHED_ON = "发布日期";

	static final String DOCUMENT_NUMBER = "文号";

	static final String TOPIC = "主题分类";

	/**
	 * Every label seen on disclosure pages, mapped to the field it fills (or to itself).
	 */
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("索引号", INDEX_NUMBER),
			Map.entry("发布机构", PUBLISHER), Map.entry("发文机关", PUBLISHER), Map.entry("发布单位", PUBLISHER),
			Map.entry("成文日期", DATE_WRITTEN), Map.entry("成文时间", DATE_WRITTEN), Map.entry("发布日期", PUBLISHED_ON),
			Map.entry("发布时间", PUBLISHED_ON), Map.entry("公开日期", PUBLISHED_ON), Map.entry("文号", DOCUMENT_NUMBER),
			Map.entry("发文字号", DOCUMENT_NUMBER), Map.entry("主题分类", TOPIC), Map.entry("体裁分类", "体裁分类"),
			Map.entry("组配分类", "组配分类"), Map.entry("主题词", "主题词"), Map.entry("关键词", "关键词"), Map.entry("有效性", "有效性"),
			Map.entry("公开方式", "公开方式"), Map.entry("公开范围", "公开范围"), Map.entry("公开时限", "公开时限"), Map.entry("信息来源", "信息来源"),
			Map.entry("来源", "来源"), Map.entry("浏览次数", "浏览次数"), Map.entry("阅读次数", "阅读次数"), Map.entry("访问次数", "访问次数"),
			Map.entry("点击数", "点击数"), Map.entry("生成日期", "生成日期"), Map.entry("责任编辑", "责任编辑"), Map.entry("作者", "作者"),
			Map.entry("服务对象", "服务对象"), Map.entry("信息分类", "信息分类"));

	private static final String LABEL_ALTERNATION = LABELS.keySet()
		.stream()
		.sorted((a, b) -> b.length() - a.length())
		.reduce((a, b) -> a + "|" + b)
		.orElseThrow();

	private static final Pattern FIELD = Pattern
		.compile("(" + LABEL_ALTERNATION + ")[:：](.*?)(?=(" + LABEL_ALTERNATION + ")[:：]|$)");

	private static final Pattern STARTS_WITH_FIELD = Pattern.compile("^(" + LABEL_ALTERNATION + ")[:：]");

	private static final Pattern LABEL_ONLY = Pattern.compile("^(" + LABEL_ALTERNATION + ")[:：]?$");

	private static final Pattern NO_VALUE = Pattern.compile("^(无|-+|—+|/|暂无)$");

	/**
	 * Reads metadata starting at line {@code at}, if there is any.
	 * @return how many lines were metadata (0 if line {@code at} is not)
	 */
	int read(List<SourceLine> lines, int at, Map<String, String> found) {
		String compact = compact(lines.get(at).text());
		if (compact.length() > 300) {
			return 0;
		}
		if (STARTS_WITH_FIELD.matcher(compact).find()) {
			Matcher field = FIELD.matcher(compact);
			while (field.find()) {
				put(found, field.group(1), field.group(2));
			}
			return 1;
		}
		Matcher label = LABEL_ONLY.matcher(compact);
		if (label.matches()) {
			if (at + 1 < lines.size()) {
				String next = compact(lines.get(at + 1).text());
				if (next.length() <= 60 && !STARTS_WITH_FIELD.matcher(next).find()
						&& !LABEL_ONLY.matcher(next).matches()) {
					put(found, label.group(1), next);
					return 2;
				}
			}
			return 1;
		}
		return 0;
	}

	private static void put(Map<String, String> found, String label, String value) {
		String stripped = value.strip();
		if (stripped.isEmpty() || NO_VALUE.matcher(stripped).matches()) {
			return;
		}
		found.putIfAbsent(LABELS.get(label), stripped);
	}

	/**
	 * Width-folded with spaces removed, which undoes spaced-out labels and table gaps;
	 * metadata values (codes, dates, agency names) carry no meaningful spaces.
	 */
	private static String compact(String text) {
		return TextForms.fold(text).replaceAll("\\s+", "");
	}

}
