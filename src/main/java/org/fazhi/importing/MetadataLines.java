package org.fazhi.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recognises the disclosure metadata block of a copied 政府信息公开 page in every layout pages
 * use: "标签：值" one or several to a line, "[ 标签 ] 值", list items ("• 索引号：…"), table cells
 * joined by "|", a label and its value separated only by spaces ("索 引 号 6404…"), and a
 * label on a line of its own with its value on the next. Labels may be spaced out ("索 引
 * 号"). A value ends where the next label begins, whether this code knows that label or
 * not, so an empty value never swallows the label after it. Labels the report keeps fill
 * their field; labels it does not keep are kept apart as written; counters and page tools
 * (浏览次数, 字号, 分享到) are dropped. The first value of each label wins, so a block the page
 * repeats (desktop and mobile layouts) counts once.
 */
final class MetadataLines {

	static final String INDEX_NUMBER = "索引号";

	static final String PUBLISHER = "发布机构";

	static final String DATE_WRITTEN = "成文日期";

	static final String PUBLISHED_ON = "发布日期";

	static final String DOCUMENT_NUMBER = "文号";

	static final String TOPIC = "主题分类";

	static final String GENRE = "体裁分类";

	static final String KEYWORDS = "主题词";

	static final String TITLE = "标题";

	/**
	 * Each label pages write for a field the report keeps, mapped to that field. 发文日期 is
	 * the date the document was issued, which is the date written; 时间 and 日期 alone are
	 * the page's publication time.
	 */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("索引号", INDEX_NUMBER),
			Map.entry("发布机构", PUBLISHER), Map.entry("发文机关", PUBLISHER), Map.entry("发文机构", PUBLISHER),
			Map.entry("发布单位", PUBLISHER), Map.entry("成文日期", DATE_WRITTEN), Map.entry("成文时间", DATE_WRITTEN),
			Map.entry("发文日期", DATE_WRITTEN), Map.entry("发文时间", DATE_WRITTEN), Map.entry("发布日期", PUBLISHED_ON),
			Map.entry("发布时间", PUBLISHED_ON), Map.entry("公开日期", PUBLISHED_ON), Map.entry("更新时间", PUBLISHED_ON),
			Map.entry("时间", PUBLISHED_ON), Map.entry("日期", PUBLISHED_ON), Map.entry("文号", DOCUMENT_NUMBER),
			Map.entry("发文字号", DOCUMENT_NUMBER), Map.entry("主题分类", TOPIC), Map.entry("体裁分类", GENRE),
			Map.entry("主题词", KEYWORDS), Map.entry("关键词", KEYWORDS), Map.entry("标题", TITLE));

	/** Fields whose value is a date: a value that is not one does not fill them. */
	private static final Set<String> DATE_FIELDS = Set.of(DATE_WRITTEN, PUBLISHED_ON);

	/**
	 * Labels pages use for facts the report does not keep. They are kept apart as written
	 * and shown in the preview; any other short label followed by a colon is treated the
	 * same way.
	 */
	private static final Set<String> OTHERS = Set.of("组配分类", "有效性", "效力状态", "公开方式", "公开范围", "公开时限", "公开目录", "信息来源",
			"文章来源", "来源", "作者", "生成日期", "责任编辑", "服务对象", "信息分类", "信息类别", "所属类别", "内容概述");

	/** Counters and page tools: never part of a report, dropped with their values. */
	private static final Set<String> DROPPED = Set.of("浏览次数", "阅读次数", "访问次数", "点击次数", "点击数", "点击率", "点击量", "点击", "浏览量",
			"阅读量", "字体大小", "字号", "字体", "分享到", "分享");

	/** Every label this code knows, each letter allowed to stand apart ("索 引 号"). */
	private static final String KNOWN = Stream.of(FIELDS.keySet(), OTHERS, DROPPED)
		.flatMap(Set::stream)
		.sorted(Comparator.comparingInt(String::length).reversed())
		.map((label) -> label.chars().mapToObj(Character::toString).collect(Collectors.joining("\\s*")))
		.collect(Collectors.joining("|"));

	/**
	 * A label: at the start of the line or after a space, a cell bar, a bracket or the
	 * colon of an empty value; perhaps in brackets; followed by a colon, a space or the
	 * end of the line. A label this code does not know counts only when a colon follows
	 * it.
	 */
	private static final Pattern LABEL = Pattern.compile("(?:^|(?<=[\\s|:\\]】•·*\\-]))[\\[【]?\\s*(?<label>" + KNOWN
			+ "|\\p{IsHan}{2,8}(?=\\s*[\\]】]?\\s*:))\\s*[\\]】]?\\s*(?::|(?=\\s)|$)");

	/** What a list item or a table row puts before its first label. */
	private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s•·*\\-|]+");

	private static final Pattern NO_VALUE = Pattern.compile("^(无|-+|—+|/|暂无|\\[\\]|【】)$");

	/** A metadata line is a short line of labels and values; never a sentence. */
	private static final int LONGEST_LINE = 300;

	/** A value on a line of its own under its label is never longer than this. */
	private static final int LONGEST_VALUE = 60;

	/**
	 * What the metadata lines of one document held.
	 *
	 * @param fields values of the fields a report keeps, by field, as written
	 * @param others values of the other labels, by label, as written
	 * @param dropped counters and page tools that were found and dropped
	 */
	record Found(Map<String, String> fields, Map<String, String> others, List<String> dropped) {

		Found() {
			this(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>());
		}

		String field(String name) {
			return this.fields.get(name);
		}

	}

	/**
	 * Reads metadata starting at line {@code at}, if there is any.
	 * @return how many lines were metadata (0 if line {@code at} is not)
	 */
	int read(List<SourceLine> lines, int at, Found found) {
		List<Segment> segments = segments(lines.get(at).text());
		if (segments.isEmpty()) {
			return 0;
		}
		Segment last = segments.get(segments.size() - 1);
		int consumed = 1;
		if (last.value().isEmpty() && !DROPPED.contains(last.label()) && at + 1 < lines.size()) {
			String next = lines.get(at + 1).text().strip();
			if (isValueLine(next, last.label())) {
				segments.set(segments.size() - 1, new Segment(last.label(), next));
				consumed = 2;
			}
		}
		for (Segment segment : segments) {
			put(found, segment);
		}
		return consumed;
	}

	/**
	 * The labels and values of a metadata line, or none when the line does not begin with
	 * a label this code knows (a sentence, a breadcrumb "当前位置：…" or an addressee).
	 */
	private static List<Segment> segments(String text) {
		String folded = TextForms.fold(text);
		if (folded.length() > LONGEST_LINE || folded.contains("。")) {
			return List.of();
		}
		String line = LEADING_MARKS.matcher(folded).replaceFirst("");
		Matcher label = LABEL.matcher(line);
		List<int[]> found = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		while (label.find()) {
			found.add(new int[] { label.start(), label.end() });
			labels.add(label.group("label").replaceAll("\\s+", ""));
		}
		if (found.isEmpty() || found.get(0)[0] != 0 || !isKnown(labels.get(0))) {
			return List.of();
		}
		List<Segment> segments = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			int end = (i + 1 < found.size()) ? found.get(i + 1)[0] : line.length();
			segments.add(new Segment(labels.get(i), value(line.substring(found.get(i)[1], end))));
		}
		Segment first = segments.get(0);
		if (isDate(first.label()) && !first.value().isEmpty() && ChineseDates.find(first.value()).isEmpty()) {
			// "时间：上午九点" starts a sentence of the body, not a metadata line.
			return List.of();
		}
		return segments;
	}

	/** Whether the label names a date field. */
	private static boolean isDate(String label) {
		String field = FIELDS.get(label);
		return field != null && DATE_FIELDS.contains(field);
	}

	private static boolean isKnown(String label) {
		return FIELDS.containsKey(label) || OTHERS.contains(label) || DROPPED.contains(label);
	}

	/**
	 * A value without the cell bars, brackets and spaces around it.
	 */
	private static String value(String raw) {
		return raw.replaceAll("^[\\s|:\\[【]+|[\\s|\\[【\\]】]+$", "");
	}

	/**
	 * Whether the line after a label with no value is that label's value: short, not a
	 * label itself, not a title, and a date where the field is one.
	 */
	private static boolean isValueLine(String next, String label) {
		if (next.isEmpty() || next.length() > LONGEST_VALUE || !segments(next).isEmpty() || next.contains("。")
				|| next.contains("报告")) {
			return false;
		}
		return !isDate(label) || ChineseDates.find(next).isPresent();
	}

	private static void put(Found found, Segment segment) {
		String label = segment.label();
		String value = segment.value();
		if (DROPPED.contains(label)) {
			found.dropped().add(value.isEmpty() ? label : label + "：" + value);
			return;
		}
		if (value.isEmpty() || NO_VALUE.matcher(value).matches()) {
			return;
		}
		String field = FIELDS.get(label);
		if (field == null) {
			found.others().putIfAbsent(label, value);
		}
		else if (!isDate(label) || ChineseDates.find(value).isPresent()) {
			found.fields().putIfAbsent(field, value);
		}
	}

	/**
	 * One label and the value after it, up to the next label.
	 */
	private record Segment(String label, String value) {
	}

}
