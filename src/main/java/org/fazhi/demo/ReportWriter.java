package org.fazhi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.fazhi.report.SectionKind;

/**
 * Writes annual reports the way townships write them, for demo data, tests and
 * benchmarks: five to forty thousand characters drawn from phrase banks per part, every
 * topic, headings worded, numbered and ordered in the ways real reports use, sub-headings
 * （一）/一是/1., full-width and half-width digits side by side, a table pasted as text, a
 * village written with a character outside the basic plane, and — given last year's
 * report — an account of last year's promises or whole paragraphs copied from it. The
 * same options always write the same report.
 */
public final class ReportWriter {

	/** The ten default topics, in the order of the topic vocabulary. */
	public static final List<String> TOPICS = List.of("组织领导与第一责任人", "政府职能与营商环境", "依法行政制度与规范性文件", "重大行政决策与法律顾问", "行政执法",
			"权力制约监督与政务公开", "矛盾纠纷化解与复议应诉", "普法宣传与学法用法", "应急管理与安全生产", "数字法治政府");

	private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" };

	/** Most thematic top-level headings one report has. */
	private static final int MAX_THEMES = 6;

	/** Opening characters of a sentence that tell whether a report already used it. */
	private static final int OPENING = 16;

	/** Share of the report each part takes, the measures the most. */
	private static final double MEASURES_SHARE = 0.7;

	/**
	 * How the top-level headings are worded and ordered.
	 */
	public enum HeadingStyle {

		/** The regulation's five parts, with the year. */
		STANDARD,
		/** Short headings without years and no "other" part. */
		PLAIN,
		/** The first-responsible-person part first. */
		DUTIES_FIRST,
		/** The measures under several thematic top-level headings. */
		THEMATIC

	}

	/**
	 * What to write.
	 *
	 * @param township short name (程庄镇)
	 * @param townshipFullName full name (民权县程庄镇人民政府)
	 * @param county the county's short name (民权县)
	 * @param year report year
	 * @param seed the same seed writes the same report
	 * @param targetCharacters about how long the report is
	 * @param headings heading style
	 * @param concrete problems with causes, duties and plans with facts, numbers, dates
	 * and owners; otherwise the vague wording assessments complain about
	 * @param keepRate share of last year's promises this report gives an account of
	 * @param copyShare share of last year's measures paragraphs copied into this one
	 * @param oddCharacters full-width digits in some paragraphs, a table pasted as text
	 */
	public record Options(String township, String townshipFullName, String county, int year, long seed,
			int targetCharacters, HeadingStyle headings, boolean concrete, double keepRate, double copyShare,
			boolean oddCharacters) {

		/**
		 * A typical report: standard headings, concrete, about 9,000 characters, odd
		 * characters included, keeping most promises.
		 */
		public static Options typical(String township, String townshipFullName, String county, int year, long seed) {
			return new Options(township, townshipFullName, county, year, seed, 9000, HeadingStyle.STANDARD, true, 0.75,
					0, true);
		}

		public Options withHeadings(HeadingStyle style) {
			return new Options(this.township, this.townshipFullName, this.county, this.year, this.seed,
					this.targetCharacters, style, this.concrete, this.keepRate, this.copyShare, this.oddCharacters);
		}

		public Options withLength(int characters) {
			return new Options(this.township, this.townshipFullName, this.county, this.year, this.seed, characters,
					this.headings, this.concrete, this.keepRate, this.copyShare, this.oddCharacters);
		}

		public Options withYear(int reportYear, long newSeed) {
			return new Options(this.township, this.townshipFullName, this.county, reportYear, newSeed,
					this.targetCharacters, this.headings, this.concrete, this.keepRate, this.copyShare,
					this.oddCharacters);
		}

		public Options withConcrete(boolean isConcrete) {
			return new Options(this.township, this.townshipFullName, this.county, this.year, this.seed,
					this.targetCharacters, this.headings, isConcrete, this.keepRate, this.copyShare,
					this.oddCharacters);
		}

		public Options withPromises(double keep, double copy) {
			return new Options(this.township, this.townshipFullName, this.county, this.year, this.seed,
					this.targetCharacters, this.headings, this.concrete, keep, copy, this.oddCharacters);
		}

	}

	private final PhraseBank bank;

	public ReportWriter() {
		this(PhraseBank.load());
	}

	ReportWriter(PhraseBank bank) {
		this.bank = bank;
	}

	/**
	 * Writes the report on {@code options.year()}.
	 * @param lastYear last year's report by the same writer, or {@code null}
	 */
	public WrittenReport write(Options options, WrittenReport lastYear) {
		Random random = new Random(options.seed());
		Map<String, String> names = new HashMap<>();
		names.put("town", options.township());
		names.put("county", options.county());
		names.put("year", Integer.toString(options.year()));
		names.put("next", Integer.toString(options.year() + 1));
		names.put("last", Integer.toString(options.year() - 1));
		Writer writer = new Writer(options, random, names, lastYear);
		return writer.write();
	}

	/**
	 * One report being written: the random source and names shared by every part.
	 */
	private final class Writer {

		private final Options options;

		private final Random random;

		private final Map<String, String> names;

		private final WrittenReport lastYear;

		private String lastYearText;

		private final int year;

		Writer(Options options, Random random, Map<String, String> names, WrittenReport lastYear) {
			this.options = options;
			this.random = random;
			this.names = names;
			this.lastYear = lastYear;
			this.year = options.year();
		}

		WrittenReport write() {
			List<String> topics = new ArrayList<>(TOPICS);
			Collections.shuffle(topics.subList(1, topics.size()), this.random);
			int target = this.options.targetCharacters();
			List<WrittenReport.Promise> kept = keptPromises();
			List<WrittenReport.Chunk> measures = measures(topics, (int) (target * MEASURES_SHARE), kept);
			String problems = problems();
			String duties = duties();
			List<WrittenReport.Promise> promises = new ArrayList<>();
			String plans = plans(topics, promises);
			String other = fill(ReportWriter.this.bank.pick("other", this.random));
			List<WrittenReport.Chunk> chunks = arrange(measures, problems, duties, plans, other);
			String agency = this.options.townshipFullName();
			String title = switch ((int) (this.options.seed() % 3)) {
				case 0 -> agency + "关于" + this.year + "年度法治政府建设情况的报告";
				case 1 -> agency + "关于" + this.year + "年法治政府建设工作情况的报告";
				default -> agency + this.year + "年度法治政府建设工作报告";
			};
			// Reports are finished in January, when the year's figures are in.
			LocalDate written = LocalDate.of(this.year + 1, 1, 5 + this.random.nextInt(25));
			String county = this.options.county();
			String addressee = "中共" + county + "委、" + county + "人民政府：";
			return new WrittenReport(this.year, title, agency, addressee,
					fill(ReportWriter.this.bank.pick("preamble", this.random)), List.copyOf(chunks), agency, written,
					List.copyOf(promises), kept);
		}

		private List<WrittenReport.Promise> keptPromises() {
			List<WrittenReport.Promise> kept = new ArrayList<>();
			if (this.lastYear != null) {
				for (WrittenReport.Promise promise : this.lastYear.promises()) {
					if (this.random.nextDouble() < this.options.keepRate()) {
						kept.add(promise);
					}
				}
			}
			return kept;
		}

		/**
		 * The measures: each topic under a sub-heading (or a thematic top-level heading),
		 * its paragraphs drawn from the topic's bank, an account of each kept promise,
		 * last year's paragraphs where this township copies, until about {@code length}
		 * characters are written.
		 */
		private List<WrittenReport.Chunk> measures(List<String> topics, int length, List<WrittenReport.Promise> kept) {
			Map<String, StringBuilder> byTopic = new HashMap<>();
			topics.forEach((topic) -> byTopic.put(topic, new StringBuilder()));
			int written = 0;
			for (WrittenReport.Promise promise : kept) {
				String line = fill(ReportWriter.this.bank.pick("kept-lead", this.random)) + promise.action()
						+ (this.random.nextBoolean() ? "，已按期完成。" : "，目标任务全部完成。");
				written += append(byTopic.get(promise.topic()), line);
			}
			if (this.lastYear != null && this.options.copyShare() > 0) {
				for (String paragraph : lastMeasures()) {
					if (this.random.nextDouble() < this.options.copyShare()) {
						String copied = paragraph.replace(Integer.toString(this.year - 1), Integer.toString(this.year));
						written += append(byTopic.get(topics.get(this.random.nextInt(topics.size()))), copied);
					}
				}
			}
			int style = this.random.nextInt(3);
			boolean tablePlaced = !this.options.oddCharacters();
			for (int round = 0; written < length && round < 40; round++) {
				for (String topic : topics) {
					if (written >= length) {
						break;
					}
					String paragraph = paragraph("measure:" + topic, style, round);
					if (this.options.oddCharacters() && this.random.nextInt(4) == 0) {
						paragraph = fullWidthDigits(paragraph);
					}
					written += append(byTopic.get(topic), paragraph);
					if (!tablePlaced && round == 1) {
						written += append(byTopic.get(topic), fill(ReportWriter.this.bank.pick("odd", this.random)));
						written += append(byTopic.get(topic),
								fill(String.join("\n", ReportWriter.this.bank.all("table"))));
						tablePlaced = true;
					}
				}
			}
			List<WrittenReport.Chunk> chunks = new ArrayList<>();
			int n = 0;
			StringBuilder single = new StringBuilder();
			for (String topic : topics) {
				StringBuilder text = byTopic.get(topic);
				if (text.isEmpty()) {
					continue;
				}
				String theme = fill(ReportWriter.this.bank.pick("theme:" + topic, this.random));
				if (this.options.headings() == HeadingStyle.THEMATIC && chunks.size() == MAX_THEMES) {
					// Reports rarely have more themes than this: the rest joins the last
					// one.
					WrittenReport.Chunk last = chunks.remove(chunks.size() - 1);
					chunks.add(new WrittenReport.Chunk(SectionKind.MEASURES, last.heading(), last.body() + "\n" + text,
							true));
				}
				else if (this.options.headings() == HeadingStyle.THEMATIC) {
					chunks.add(new WrittenReport.Chunk(SectionKind.MEASURES, theme, text.toString(), true));
				}
				else {
					String marker = (style == 1) ? "(" + NUMERALS[n] + ")" : "（" + NUMERALS[n] + "）";
					append(single, marker + theme);
					single.append(text);
				}
				n++;
			}
			if (this.options.headings() != HeadingStyle.THEMATIC) {
				chunks.add(new WrittenReport.Chunk(SectionKind.MEASURES, null, single.toString().strip(), false));
			}
			return chunks;
		}

		/**
		 * One paragraph of two or three sentences of a bank, in one of the ways reports
		 * enumerate: plain, "一是…二是…", or numbered 1. 2.
		 */
		private String paragraph(String bankName, int style, int round) {
			List<String> templates = ReportWriter.this.bank.all(bankName);
			int count = Math.min(templates.size(), 1 + this.random.nextInt(2));
			List<String> sentences = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String template = templates
					.get((round * 2 + i + this.random.nextInt(templates.size())) % templates.size());
				// A township that writes afresh says things last year's report did not,
				// where the bank has enough to say.
				for (int tries = 0; tries < templates.size() && saidLastYear(template); tries++) {
					template = templates.get(this.random.nextInt(templates.size()));
				}
				sentences.add(fill(template));
			}
			if (style == 2 && sentences.size() > 1) {
				StringBuilder joined = new StringBuilder();
				for (int i = 0; i < sentences.size(); i++) {
					String s = sentences.get(i);
					joined.append(NUMERALS[i])
						.append("是")
						.append(s, 0, s.length() - 1)
						.append(i + 1 < sentences.size() ? "；" : "。");
				}
				return joined.toString();
			}
			if (style == 0 && round % 3 == 2) {
				StringBuilder numbered = new StringBuilder();
				for (int i = 0; i < sentences.size(); i++) {
					if (i > 0) {
						numbered.append('\n');
					}
					numbered.append(i + 1).append(this.random.nextBoolean() ? ". " : "、").append(sentences.get(i));
				}
				return numbered.toString();
			}
			return String.join("", sentences);
		}

		/**
		 * Whether last year's report, when this one does not copy it, already used the
		 * sentence: its opening words, before any figure, appear there.
		 */
		private boolean saidLastYear(String template) {
			if (this.lastYear == null || this.options.copyShare() > 0) {
				return false;
			}
			int placeholder = template.indexOf('{');
			String opening = template.substring(0,
					Math.min(OPENING, (placeholder < 0) ? template.length() : placeholder));
			return opening.length() >= OPENING / 2 && this.lastYearText().contains(opening);
		}

		private String lastYearText() {
			if (this.lastYearText == null) {
				this.lastYearText = this.lastYear.document(false);
			}
			return this.lastYearText;
		}

		private List<String> lastMeasures() {
			return this.lastYear.chunks()
				.stream()
				.filter((chunk) -> chunk.kind() == SectionKind.MEASURES)
				.flatMap((chunk) -> chunk.body().lines())
				.filter((line) -> line.length() > 60)
				.toList();
		}

		private String problems() {
			List<String> lines = new ArrayList<>(
					ReportWriter.this.bank.all(this.options.concrete() ? "problem" : "problem-vague"));
			Collections.shuffle(lines, this.random);
			int count = Math.min(lines.size(), 3 + this.random.nextInt(2));
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < count; i++) {
				// Renumbered: the bank's own 一是/二是 order is lost by the shuffle.
				String line = fill(lines.get(i)).replaceFirst("^[一二三四五六七八九十]是", NUMERALS[i] + "是");
				append(text, line);
			}
			return text.toString();
		}

		private String duties() {
			List<String> lines = new ArrayList<>(
					ReportWriter.this.bank.all(this.options.concrete() ? "duty" : "duty-vague"));
			Collections.shuffle(lines, this.random);
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < Math.min(lines.size(), 4); i++) {
				append(text, fill(lines.get(i)));
			}
			return text.toString();
		}

		private String plans(List<String> topics, List<WrittenReport.Promise> promises) {
			StringBuilder text = new StringBuilder();
			if (!this.options.concrete()) {
				ReportWriter.this.bank.all("plan-vague").forEach((line) -> append(text, fill(line)));
				return text.toString();
			}
			int count = 4 + this.random.nextInt(3);
			for (int i = 0; i < count; i++) {
				String topic = topics.get(i % topics.size());
				String action = fill(ReportWriter.this.bank.pick("plan:" + topic, this.random));
				String item = "（" + NUMERALS[i] + "）" + action + "。"
						+ fill(ReportWriter.this.bank.pick("plan-deadline", this.random));
				promises.add(new WrittenReport.Promise(topic, action, item));
				append(text, item);
			}
			return text.toString();
		}

		private List<WrittenReport.Chunk> arrange(List<WrittenReport.Chunk> measures, String problems, String duties,
				String plans, String other) {
			int y = this.year;
			int next = y + 1;
			List<WrittenReport.Chunk> chunks = new ArrayList<>();
			switch (this.options.headings()) {
				case STANDARD -> {
					chunks.add(headed(measures.get(0), "一、" + y + "年推进法治政府建设的主要举措和成效"));
					chunks.add(chunk(SectionKind.PROBLEMS, "二、" + y + "年推进法治政府建设存在的不足和原因", problems));
					chunks.add(chunk(SectionKind.RESPONSIBLE_PERSON, "三、" + y + "年党政主要负责人履行推进法治建设第一责任人职责情况", duties));
					chunks.add(chunk(SectionKind.NEXT_YEAR_PLANS, "四、" + next + "年推进法治政府建设的主要安排", plans));
					chunks.add(chunk(SectionKind.OTHER, "五、其他需要报告的情况", other));
				}
				case PLAIN -> {
					chunks.add(headed(measures.get(0), "一、主要工作及成效"));
					chunks.add(chunk(SectionKind.PROBLEMS, "二、存在问题及原因", problems));
					chunks.add(chunk(SectionKind.RESPONSIBLE_PERSON, "三、主要负责人履行第一责任人职责情况", duties));
					chunks.add(chunk(SectionKind.NEXT_YEAR_PLANS, "四、下一步工作打算", plans));
				}
				case DUTIES_FIRST -> {
					chunks.add(chunk(SectionKind.RESPONSIBLE_PERSON, "一、党政主要负责人履行推进法治建设第一责任人职责情况", duties));
					chunks.add(headed(measures.get(0), "二、" + y + "年度法治政府建设主要举措和成效"));
					chunks.add(chunk(SectionKind.PROBLEMS, "三、存在的困难和问题", problems));
					chunks.add(chunk(SectionKind.NEXT_YEAR_PLANS, "四、" + next + "年度工作思路", plans));
					chunks.add(chunk(SectionKind.OTHER, "五、其他需要报告的情况", other));
				}
				case THEMATIC -> {
					int n = 0;
					for (WrittenReport.Chunk theme : measures) {
						chunks.add(headed(theme, NUMERALS[n++] + "、" + theme.heading()));
					}
					chunks.add(chunk(SectionKind.PROBLEMS, NUMERALS[n++] + "、存在的问题和不足", problems));
					chunks.add(
							chunk(SectionKind.RESPONSIBLE_PERSON, NUMERALS[n++] + "、党政主要负责人履行推进法治建设第一责任人职责情况", duties));
					chunks.add(chunk(SectionKind.NEXT_YEAR_PLANS, NUMERALS[n] + "、" + next + "年工作安排", plans));
				}
			}
			return chunks;
		}

		private WrittenReport.Chunk headed(WrittenReport.Chunk chunk, String heading) {
			return new WrittenReport.Chunk(chunk.kind(), heading, chunk.body(), chunk.thematic());
		}

		private WrittenReport.Chunk chunk(SectionKind kind, String heading, String body) {
			return new WrittenReport.Chunk(kind, heading, body, false);
		}

		private String fill(String template) {
			return ReportWriter.this.bank.fill(template, this.names, this.random);
		}

	}

	private static int append(StringBuilder text, String paragraph) {
		if (!text.isEmpty()) {
			text.append('\n');
		}
		text.append(paragraph);
		return paragraph.length();
	}

	/**
	 * Digits, the decimal point and the percent sign in their full-width forms, as text
	 * typed with a Chinese input method often has them.
	 */
	static String fullWidthDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c >= '0' && c <= '9') {
				out.append((char) (c - '0' + '０'));
			}
			else if (c == '%') {
				out.append('％');
			}
			else if (c == '.') {
				out.append('．');
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
