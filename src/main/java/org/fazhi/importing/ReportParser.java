package org.fazhi.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.report.ReportingCalendar;
import org.fazhi.report.SectionKind;

/**
 * Turns the paragraphs of a report, however it was written or copied, into its title,
 * addressee, preamble, parts, signature and disclosure metadata. Pure: no database, no
 * clock. Every paragraph of the report's body ends up in exactly one part or the
 * preamble; only page chrome and metadata lines are dropped.
 */
public final class ReportParser {

	private static final Pattern TOP_NUMBERING = Pattern
		.compile("^\\s*(([一二三四五六七八九十]{1,3})\\s*[、.．,，]|第[一二三四五六七八九十]{1,3}部分)");

	private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?;]$");

	private static final Pattern DOCUMENT_NUMBER = Pattern
		.compile(".{1,20}[〔\\[【(（]\\s*\\d{4}\\s*[〕\\]】)）]\\s*\\d{1,5}\\s*号");

	private static final Pattern AGENCY_SUFFIX = Pattern.compile("(人民政府|政府|办事处|委员会|党委|党工委|镇|乡|街道|办公室|局|中心)$");

	private static final Pattern BREADCRUMB = Pattern.compile("(首页|当前位置|您的位置|所在位置|现在的位置).{0,80}([>＞»›→/]|$)");

	/** Words that make up page-tool lines: 【打印】【关闭】 字号：大 中 小 … */
	private static final Pattern TOOL_WORDS = Pattern
		.compile("打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|加入收藏|收藏|分享到|分享|字号|字体|默认|返回顶部|返回|顶部|本页|窗口|"
				+ "微信|微博|QQ空间|手机版|无障碍|适老化|适老|长者模式|扫一扫|保存|站内搜索|搜索|繁体|简体|网站地图|大|中|小|丨|[\\s:：【】\\[\\]|｜/\\-—_·•()（）]");

	/** Lines that only a web page has. */
	private static final Pattern PAGE_FURNITURE = Pattern
		.compile("上一篇|下一篇|返回顶部|网站地图|版权所有|ICP备|icp备|网站标识码|政府网站找错|主办单位|承办单位|技术支持|联系我们|设为首页|"
				+ "加入收藏|当前位置|您现在的位置|您的位置|所在位置|用手机扫描|扫一扫在手机|相关链接|相关文件|分享到|浏览次数|阅读次数|访问次数|" + "公网安备|政务服务网|English|登录|注册");

	/** A year in a title, with or without 年 after it. */
	private static final Pattern BARE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*(?:年|法治|度)");

	/** How an opening says which year it reports on, most certain first. */
	private static final List<Pattern> OPENING_YEARS = List.of(Pattern.compile("现[将对就].{0,20}?((?:19|20)\\d{2})\\s*年"),
			Pattern.compile("((?:19|20)\\d{2})\\s*年度?(?:以来)?[,，]"));

	/** A line this long is a sentence, never a title, heading or addressee line. */
	private static final int LONGEST_TITLE = 80;

	/** An unnumbered line this short that names a part is a heading ("存在的问题"). */
	private static final int SHORTEST_NAMED_HEADING = 24;

	/**
	 * A heading line longer than this with a full stop inside carries body text after the
	 * stop ("一、加强组织领导。全年召开……").
	 */
	private static final int HEADING_WITH_TEXT = 40;

	/** Longest addressee, tool or short line (主送机关 ends with a colon and is short). */
	private static final int SHORT_LINE = 60;

	/** Page furniture (navigation, footers) is never longer than this. */
	private static final int LONGEST_FURNITURE = 120;

	/** Longest signing-agency line. */
	private static final int LONGEST_SIGNATURE = 40;

	/** The date written is looked for among this many last lines. */
	private static final int DATE_SEARCH_LINES = 8;

	/** Lines a signature spans at most (e.g. two agencies signing together). */
	private static final int SIGNATURE_LINES = 2;

	private final MetadataLines metadataLines = new MetadataLines();

	/**
	 * Parses pasted or decoded text, one paragraph per line.
	 */
	public ParsedReport parse(String text) {
		return parse(text.lines().map(SourceLine::plain).toList());
	}

	public ParsedReport parse(List<SourceLine> source) {
		List<ImportWarning> warnings = new ArrayList<>();
		MetadataLines.Found found = new MetadataLines.Found();
		List<String> dropped = new ArrayList<>();
		List<SourceLine> lines = withoutPageTools(source, found, dropped);
		Head head = head(lines, found.field(MetadataLines.TITLE), found.field(MetadataLines.DOCUMENT_NUMBER), dropped,
				warnings);
		int cursor = head.bodyFrom();
		String addressee = null;
		if (cursor < lines.size() && isAddressee(lines.get(cursor).text())) {
			// Kept as written, closing colon included: it is how the report addresses the
			// county, and how the draft's own addressee is written.
			addressee = lines.get(cursor).text().strip();
			cursor++;
		}
		Ending ending = ending(lines, cursor, dropped);
		if (ending.textAfter()) {
			warnings.add(ImportWarning.of("textAfterSignature"));
		}
		List<String> preamble = new ArrayList<>(head.preamble());
		List<ParsedPart> parts = classify(chunks(lines, cursor, ending, preamble), warnings);
		dropped.addAll(found.dropped());
		DisclosureMetadata disclosure = DisclosureMetadata.of(found);
		LocalDate dateWritten = (ending.date() != null) ? ending.date() : disclosure.dateWritten();
		Integer year = year(head.title(), parts, preamble, dateWritten, disclosure, warnings);
		if (parts.isEmpty()) {
			warnings.add(ImportWarning.of("noParts"));
		}
		for (SectionKind kind : ParsedReport.missing(parts)) {
			warnings.add(ImportWarning.of("missingPart", kind.nameKey()));
		}
		return new ParsedReport(head.title(), agencyName(head.title(), ending.signature(), disclosure), year, addressee,
				String.join("\n", preamble), List.copyOf(parts), ending.signature(), dateWritten,
				disclosure.withDocumentNumber(head.documentNumber()), List.copyOf(dropped), List.copyOf(warnings));
	}

	/**
	 * Phase 1: the lines in their plain form, without page tools (which go to
	 * {@code dropped}), and with the disclosure metadata lines (索引号, 发布机构 …) taken out
	 * into {@code found}.
	 */
	private List<SourceLine> withoutPageTools(List<SourceLine> source, MetadataLines.Found found,
			List<String> dropped) {
		List<SourceLine> cleaned = source.stream()
			.map((line) -> new SourceLine(TextForms.clean(line.text()), line.headingLevel()))
			.filter((line) -> !line.text().isEmpty())
			.toList();
		List<SourceLine> lines = new ArrayList<>();
		for (int i = 0; i < cleaned.size(); i++) {
			SourceLine line = cleaned.get(i);
			if (isToolLine(line.text())) {
				dropped.add(line.text());
				continue;
			}
			int consumed = this.metadataLines.read(cleaned, i, found);
			if (consumed > 0) {
				i += consumed - 1;
				continue;
			}
			lines.add(line);
		}
		return lines;
	}

	/**
	 * Phase 2: what comes before the body: the title (the 标题 the metadata gave, else the
	 * last title-like line, which may wrap over two), a 文号 above or below it, and any
	 * other lines there, which are the preamble unless they are page furniture (which
	 * goes to {@code dropped}) or the page repeating the title.
	 * @param givenTitle the title a 标题 metadata line gave, if any
	 * @param documentNumber the 文号 the metadata gave, if any
	 */
	private static Head head(List<SourceLine> lines, String givenTitle, String documentNumber, List<String> dropped,
			List<ImportWarning> warnings) {
		int bodyStart = bodyStart(lines);
		int titleAt = titleIndex(lines, bodyStart, givenTitle);
		List<String> preamble = new ArrayList<>();
		int cursor = 0;
		if (titleAt < 0 && givenTitle == null) {
			warnings.add(ImportWarning.of("noTitle"));
			while (cursor < lines.size() && cursor < bodyStart && isFurniture(lines.get(cursor).text())) {
				dropped.add(lines.get(cursor).text());
				cursor++;
			}
			return new Head(null, documentNumber, preamble, cursor);
		}
		int titleFrom = (titleAt < 0) ? 0 : titleStart(lines, titleAt);
		String title = (givenTitle != null) ? givenTitle : joinText(lines.subList(titleFrom, titleAt + 1));
		String number = documentNumber;
		for (int i = 0; i < titleFrom; i++) {
			String text = lines.get(i).text();
			number = documentNumberOr(text, number);
			if (isFurniture(text)) {
				dropped.add(text);
			}
		}
		for (cursor = Math.max(titleAt + 1, titleFrom); cursor < bodyStart; cursor++) {
			String text = lines.get(cursor).text();
			if (isTitleAgain(text, title)) {
				continue;
			}
			if (isFurniture(text)) {
				dropped.add(text);
			}
			else if (DOCUMENT_NUMBER.matcher(TextForms.fold(text)).matches() && number == null) {
				number = text;
			}
			else {
				preamble.add(text);
			}
		}
		return new Head(title, number, preamble, cursor);
	}

	/**
	 * A page often shows the title twice, the second time cut short or worded a little
	 * differently ("…2022年度法治政府建设" under "…2022年度法治政府建设工作报告").
	 */
	private static boolean isTitleAgain(String text, String title) {
		String line = compact(text);
		String full = compact(title);
		return !line.isEmpty() && (full.startsWith(line) || line.equals(full));
	}

	private static String compact(String text) {
		return TextForms.fold(text).replaceAll("\\s+", "");
	}

	/**
	 * Phase 4: the body between the addressee and the ending, cut at the top-level
	 * headings; what comes before the first heading joins the preamble, and what follows
	 * the date joins the last part.
	 */
	private static List<Chunk> chunks(List<SourceLine> lines, int from, Ending ending, List<String> preamble) {
		List<Chunk> chunks = new ArrayList<>();
		Chunk current = null;
		for (int i = from; i < ending.bodyEnd(); i++) {
			SourceLine line = lines.get(i);
			Optional<String[]> heading = heading(line);
			if (heading.isPresent()) {
				current = new Chunk(heading.get()[0]);
				chunks.add(current);
				if (!heading.get()[1].isEmpty()) {
					current.body.add(heading.get()[1]);
				}
			}
			else if (current != null) {
				current.body.add(line.text());
			}
			else {
				preamble.add(line.text());
			}
		}
		if (current != null) {
			current.body.addAll(ending.trailing());
		}
		else {
			preamble.addAll(ending.trailing());
		}
		return chunks;
	}

	/**
	 * The first line that can only be body: a heading, an addressee, or a sentence.
	 */
	private static int bodyStart(List<SourceLine> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String text = lines.get(i).text();
			if (heading(lines.get(i)).isPresent() || isAddressee(text) || isSentence(text)) {
				return i;
			}
		}
		return lines.size();
	}

	/**
	 * A sentence: long, ending like one, or holding a full stop (a title never does, but
	 * a short opening such as "……。现将有关情况报告如下：" does).
	 */
	private static boolean isSentence(String text) {
		return text.codePointCount(0, text.length()) > LONGEST_TITLE || SENTENCE_END.matcher(text).find()
				|| text.contains("。");
	}

	/**
	 * The line that holds the title: the one the 标题 metadata names if any, else the last
	 * title-like line before the body (a copied page often repeats the title, window
	 * title then article heading, and the last copy is the document's own).
	 */
	private static int titleIndex(List<SourceLine> lines, int bodyStart, String givenTitle) {
		int found = -1;
		for (int i = 0; i < bodyStart; i++) {
			String text = lines.get(i).text();
			String folded = TextForms.fold(text);
			if (givenTitle != null) {
				if (compact(text).equals(compact(givenTitle))) {
					found = i;
				}
			}
			else if ((folded.contains("报告") || folded.contains("情况")) && text.length() <= LONGEST_TITLE
					&& !isFurniture(text) && !BREADCRUMB.matcher(folded).find()) {
				found = i;
			}
		}
		return found;
	}

	/**
	 * A title set on two lines: "某某镇人民政府关于" / "2023年法治政府建设情况的报告", or the issuing agency
	 * on a line of its own above "关于2023年度法治政府建设情况的报告".
	 */
	private static int titleStart(List<SourceLine> lines, int titleAt) {
		if (titleAt > 0) {
			String previous = TextForms.fold(lines.get(titleAt - 1).text()).strip();
			String title = TextForms.fold(lines.get(titleAt).text()).strip();
			boolean wrapped = previous.endsWith("关于") || previous.matches(".*(19|20)\\d{2}年度?$");
			boolean agencyAbove = title.startsWith("关于") && isAgencyName(previous);
			if ((wrapped || agencyAbove) && previous.length() + title.length() <= LONGEST_TITLE) {
				return titleAt - 1;
			}
		}
		return titleAt;
	}

	/**
	 * Whether a line is only the name of a government or office: "某某县某某镇人民政府".
	 */
	private static boolean isAgencyName(String text) {
		String folded = TextForms.fold(text).replaceAll("\\s+", "");
		return !folded.isEmpty() && folded.length() <= LONGEST_SIGNATURE && AGENCY_SUFFIX.matcher(folded).find()
				&& !folded.matches(".*[\\p{P}\\d].*");
	}

	private static String joinText(List<SourceLine> lines) {
		StringBuilder joined = new StringBuilder();
		for (SourceLine line : lines) {
			joined.append(line.text());
		}
		return joined.toString();
	}

	private static String documentNumberOr(String text, String current) {
		return (current == null && DOCUMENT_NUMBER.matcher(TextForms.fold(text)).matches()) ? text : current;
	}

	private static boolean isAddressee(String text) {
		String folded = TextForms.fold(text);
		return (folded.endsWith(":")) && folded.length() <= SHORT_LINE && !folded.contains("。")
				&& !TOP_NUMBERING.matcher(folded).find() && folded.length() > 2;
	}

	/**
	 * A top-level heading: numbered 一、 or 第一部分, or marked as one by the source (a Word
	 * heading style or first-level Chinese numbering), or a short unnumbered line that
	 * names a part. Returns the heading and any text that follows it on the same line
	 * after the first full stop.
	 */
	private static Optional<String[]> heading(SourceLine line) {
		String text = line.text();
		String folded = TextForms.fold(text);
		boolean numbered = TOP_NUMBERING.matcher(folded).find();
		boolean shortNamed = text.length() <= SHORTEST_NAMED_HEADING && !folded.matches(".*[\\p{P}\\p{S}\\d].*")
				&& !HeadingMeaning.kinds(text).isEmpty();
		if (!numbered && !line.markedHeading() && !shortNamed) {
			return Optional.empty();
		}
		int stop = text.indexOf('。');
		if (stop >= 0 && stop < text.length() - 1 && text.length() > HEADING_WITH_TEXT) {
			return Optional.of(new String[] { text.substring(0, stop + 1), text.substring(stop + 1).strip() });
		}
		if (!numbered && !line.markedHeading() && isSentence(text)) {
			return Optional.empty();
		}
		if (text.length() > LONGEST_TITLE && stop < 0) {
			return Optional.empty();
		}
		return Optional.of(new String[] { text, "" });
	}

	private static List<ParsedPart> classify(List<Chunk> chunks, List<ImportWarning> warnings) {
		List<ParsedPart> parts = new ArrayList<>();
		SectionKind previous = null;
		List<SectionKind> named = new ArrayList<>();
		for (Chunk chunk : chunks) {
			List<SectionKind> kinds = HeadingMeaning.kinds(chunk.heading);
			SectionKind kind;
			boolean thematic = kinds.isEmpty();
			if (thematic) {
				// A theme among the achievements is measures; after the problems or the
				// plans it most likely continues them, which the clerk should confirm.
				if (previous != null && previous != SectionKind.MEASURES
						&& previous != SectionKind.RESPONSIBLE_PERSON) {
					kind = previous;
					warnings.add(ImportWarning.of("ambiguousHeading", chunk.heading));
				}
				else {
					kind = SectionKind.MEASURES;
				}
			}
			else {
				kind = kinds.get(0);
				if (kinds.size() > 1 && !(kinds.size() == 2 && kinds.get(1) == SectionKind.MEASURES)) {
					warnings.add(ImportWarning.of("ambiguousHeading", chunk.heading));
				}
				if (named.contains(kind)) {
					warnings.add(ImportWarning.of("repeatedPart", chunk.heading, kind.nameKey()));
				}
				named.add(kind);
			}
			parts.add(new ParsedPart(kind, chunk.heading, String.join("\n", chunk.body), thematic));
			previous = kind;
		}
		return parts;
	}

	/**
	 * Phase 3: the report's closing lines: the date written as the last line of text, the
	 * signing agency (one or two lines) just above it, and any page chrome after it.
	 */
	private static Ending ending(List<SourceLine> lines, int from, List<String> dropped) {
		int end = lines.size();
		while (end > from && isFurniture(lines.get(end - 1).text())) {
			dropped.add(0, lines.get(end - 1).text());
			end--;
		}
		int dateAt = -1;
		for (int i = end - 1; i >= Math.max(from, end - DATE_SEARCH_LINES); i--) {
			if (ChineseDates.isDateLine(lines.get(i).text())) {
				dateAt = i;
				break;
			}
		}
		List<String> trailing = new ArrayList<>();
		boolean textAfter = false;
		if (dateAt >= 0) {
			for (int i = dateAt + 1; i < end; i++) {
				String text = lines.get(i).text();
				if (isFurniture(text)) {
					dropped.add(text);
				}
				else {
					trailing.add(text);
					textAfter = true;
				}
			}
			end = dateAt;
		}
		List<String> signature = new ArrayList<>();
		int bodyEnd = end;
		while (bodyEnd > from && signature.size() < SIGNATURE_LINES && isSigningLine(lines.get(bodyEnd - 1).text())) {
			signature.add(0, lines.get(bodyEnd - 1).text());
			bodyEnd--;
		}
		LocalDate date = (dateAt >= 0) ? ChineseDates.find(lines.get(dateAt).text()).orElse(null) : null;
		if (dateAt < 0 && signature.isEmpty()) {
			return new Ending(end, null, null, List.of(), false);
		}
		return new Ending(bodyEnd, signature.isEmpty() ? null : String.join(" ", signature), date, trailing, textAfter);
	}

	private static boolean isSigningLine(String text) {
		String folded = TextForms.fold(text).replaceAll("\\s+", "");
		return folded.length() <= LONGEST_SIGNATURE && AGENCY_SUFFIX.matcher(folded).find()
				&& !folded.matches(".*[,，。；;:：].*") && !TOP_NUMBERING.matcher(folded).find();
	}

	/**
	 * The year reported on: from the title, else from a part's heading, else from the
	 * opening ("现将2024年度……报告如下", "2024年，某镇……"), else the year before the date the report
	 * was written or published.
	 */
	private static Integer year(String title, List<ParsedPart> parts, List<String> preamble, LocalDate dateWritten,
			DisclosureMetadata disclosure, List<ImportWarning> warnings) {
		Optional<Integer> fromTitle = ChineseDates.year(title).or(() -> bareYear(title));
		if (fromTitle.isPresent()) {
			return fromTitle.get();
		}
		for (ParsedPart part : parts) {
			Optional<Integer> inHeading = ChineseDates.year(part.heading());
			if (inHeading.isPresent()) {
				return (part.kind() == SectionKind.NEXT_YEAR_PLANS) ? inHeading.get() - 1 : inHeading.get();
			}
		}
		Optional<Integer> inOpening = openingYear(String.join("\n", preamble));
		if (inOpening.isPresent()) {
			return inOpening.get();
		}
		LocalDate written = (dateWritten != null) ? dateWritten : disclosure.publishedOn();
		if (written != null) {
			int year = ReportingCalendar.yearReportedOn(written);
			warnings.add(ImportWarning.of("yearFromDate", year));
			return year;
		}
		warnings.add(ImportWarning.of("noYear"));
		return null;
	}

	/** "沅江路街道2024法治政府建设年度报告": a title may leave out the 年. */
	private static Optional<Integer> bareYear(String title) {
		if (title == null) {
			return Optional.empty();
		}
		Matcher year = BARE_YEAR.matcher(TextForms.fold(title));
		return year.find() ? Optional.of(Integer.parseInt(year.group(1))) : Optional.empty();
	}

	/**
	 * The year the opening says it reports on: "现将我镇2024年……报告如下" first, else a year that
	 * opens a clause ("2024年，汤头街道……", "……部署，2023年，清波街道……").
	 */
	static Optional<Integer> openingYear(String opening) {
		String folded = TextForms.fold(opening);
		for (Pattern pattern : OPENING_YEARS) {
			Matcher year = pattern.matcher(folded);
			if (year.find()) {
				return Optional.of(Integer.parseInt(year.group(1)));
			}
		}
		return Optional.empty();
	}

	/**
	 * The issuing agency as written: what the title puts before 关于 or before the year,
	 * when that is the name of an agency (never a word like 关于), else the last signing
	 * agency, else the publisher the metadata names.
	 */
	private static String agencyName(String title, String signingAgency, DisclosureMetadata disclosure) {
		if (title != null) {
			String folded = TextForms.fold(title);
			int about = folded.indexOf("关于");
			Matcher year = BARE_YEAR.matcher(folded);
			int end = (about > 0) ? about : (year.find() ? year.start() : -1);
			if (end > 0 && isAgencyName(title.substring(0, end))) {
				return title.substring(0, end).strip();
			}
		}
		if (signingAgency != null) {
			String[] names = signingAgency.split(" ");
			return names[names.length - 1];
		}
		return disclosure.publisher();
	}

	private static boolean isToolLine(String text) {
		String folded = TextForms.fold(text);
		return folded.length() <= SHORT_LINE && !folded.contains("。")
				&& TOOL_WORDS.matcher(folded).replaceAll("").isEmpty();
	}

	/**
	 * Page navigation, breadcrumbs and footers: only looked for outside the report's own
	 * text (before the title, after the signature).
	 */
	private static boolean isFurniture(String text) {
		String folded = TextForms.fold(text);
		if (isToolLine(text)) {
			return true;
		}
		if (folded.length() > LONGEST_FURNITURE || folded.contains("。")) {
			return false;
		}
		if (PAGE_FURNITURE.matcher(folded).find() || BREADCRUMB.matcher(folded).find()) {
			return true;
		}
		String[] tokens = folded.split("[\\s|｜]+");
		if (tokens.length >= 3 && !ChineseDates.isDateLine(text)) {
			for (String token : tokens) {
				if (token.length() < 2 || token.length() > 8 || token.matches(".*[,，、；].*")) {
					return false;
				}
			}
			return true;
		}
		return false;
	}

	private static final class Chunk {

		private final String heading;

		private final List<String> body = new ArrayList<>();

		Chunk(String heading) {
			this.heading = heading;
		}

	}

	private record Ending(int bodyEnd, String signature, LocalDate date, List<String> trailing, boolean textAfter) {
	}

	/**
	 * What comes before the body.
	 *
	 * @param title the title, or {@code null} when none was found
	 * @param documentNumber 文号, or {@code null}
	 * @param preamble lines between the title and the body
	 * @param bodyFrom the index of the first line after them
	 */
	private record Head(String title, String documentNumber, List<String> preamble, int bodyFrom) {
	}

}
