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
				+ "微信|微博|QQ空间|手机版|无障碍|适老化|适老|长者模式|扫一扫|保存|大|中|小|[\\s:：【】\\[\\]|｜/\\-—_·•()（）]");

	/** Lines that only a web page has. */
	private static final Pattern PAGE_FURNITURE = Pattern
		.compile("上一篇|下一篇|返回顶部|网站地图|版权所有|ICP备|icp备|网站标识码|政府网站找错|主办单位|承办单位|技术支持|联系我们|设为首页|"
				+ "加入收藏|当前位置|您现在的位置|您的位置|所在位置|用手机扫描|扫一扫在手机|相关链接|相关文件|分享到|浏览次数|阅读次数|访问次数|" + "公网安备|政务服务网|English|登录|注册");

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
		Map<String, String> metadata = new LinkedHashMap<>();
		List<SourceLine> lines = withoutPageTools(source, metadata);
		Head head = head(lines, metadata.get(MetadataLines.DOCUMENT_NUMBER), warnings);
		int cursor = head.bodyFrom();
		String addressee = null;
		if (cursor < lines.size() && isAddressee(lines.get(cursor).text())) {
			// Kept as written, closing colon included: it is how the report addresses the
			// county, and how the draft's own addressee is written.
			addressee = lines.get(cursor).text().strip();
			cursor++;
		}
		Ending ending = ending(lines, cursor);
		if (ending.textAfter()) {
			warnings.add(ImportWarning.of("textAfterSignature"));
		}
		List<String> preamble = new ArrayList<>(head.preamble());
		List<ParsedPart> parts = classify(chunks(lines, cursor, ending, preamble), warnings);
		DisclosureMetadata disclosure = new DisclosureMetadata(metadata.get(MetadataLines.INDEX_NUMBER),
				metadata.get(MetadataLines.PUBLISHER), metadata.get(MetadataLines.DATE_WRITTEN),
				metadata.get(MetadataLines.PUBLISHED_ON), head.documentNumber(), metadata.get(MetadataLines.TOPIC));
		LocalDate dateWritten = (ending.date() != null) ? ending.date()
				: ChineseDates.find(disclosure.dateWritten()).orElse(null);
		Integer year = year(head.title(), parts, dateWritten, disclosure, warnings);
		if (parts.isEmpty()) {
			warnings.add(ImportWarning.of("noParts"));
		}
		for (SectionKind kind : ParsedReport.missing(parts)) {
			warnings.add(ImportWarning.of("missingPart", kind.nameKey()));
		}
		return new ParsedReport(head.title(), agencyName(head.title(), ending.signature(), disclosure), year, addressee,
				String.join("\n", preamble), List.copyOf(parts), ending.signature(), dateWritten, disclosure,
				List.copyOf(warnings));
	}

	/**
	 * Phase 1: the lines in their plain form, without page tools, and with the disclosure
	 * metadata lines (索引号, 发布机构 …) taken out into {@code metadata}.
	 */
	private List<SourceLine> withoutPageTools(List<SourceLine> source, Map<String, String> metadata) {
		List<SourceLine> cleaned = source.stream()
			.map((line) -> new SourceLine(TextForms.clean(line.text()), line.headingLevel()))
			.filter((line) -> !line.text().isEmpty())
			.toList();
		List<SourceLine> lines = new ArrayList<>();
		for (int i = 0; i < cleaned.size(); i++) {
			SourceLine line = cleaned.get(i);
			if (isToolLine(line.text())) {
				continue;
			}
			int consumed = this.metadataLines.read(cleaned, i, metadata);
			if (consumed > 0) {
				i += consumed - 1;
				continue;
			}
			lines.add(line);
		}
		return lines;
	}

	/**
	 * Phase 2: what comes before the body: the title (the last title-like line, which may
	 * wrap over two), a 文号 above or below it, and any other lines there, which are the
	 * preamble unless they are page furniture.
	 * @param documentNumber the 文号 the metadata gave, if any
	 */
	private static Head head(List<SourceLine> lines, String documentNumber, List<ImportWarning> warnings) {
		int bodyStart = bodyStart(lines);
		int titleAt = titleIndex(lines, bodyStart);
		List<String> preamble = new ArrayList<>();
		int cursor = 0;
		if (titleAt < 0) {
			warnings.add(ImportWarning.of("noTitle"));
			while (cursor < lines.size() && cursor < bodyStart && isFurniture(lines.get(cursor).text())) {
				cursor++;
			}
			return new Head(null, documentNumber, preamble, cursor);
		}
		int titleFrom = titleStart(lines, titleAt);
		String title = joinText(lines.subList(titleFrom, titleAt + 1));
		String number = documentNumber;
		for (int i = 0; i < titleFrom; i++) {
			number = documentNumberOr(lines.get(i).text(), number);
		}
		for (cursor = titleAt + 1; cursor < bodyStart; cursor++) {
			String text = lines.get(cursor).text();
			if (text.equals(title) || isFurniture(text)) {
				continue;
			}
			if (DOCUMENT_NUMBER.matcher(TextForms.fold(text)).matches() && number == null) {
				number = text;
			}
			else {
				preamble.add(text);
			}
		}
		return new Head(title, number, preamble, cursor);
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

	private static boolean isSentence(String text) {
		return text.codePointCount(0, text.length()) > LONGEST_TITLE || SENTENCE_END.matcher(text).find();
	}

	/**
	 * The last title-like line before the body: a copied page often repeats the title
	 * (window title, then the article heading), and the last copy is the document's own.
	 */
	private static int titleIndex(List<SourceLine> lines, int bodyStart) {
		int found = -1;
		for (int i = 0; i < bodyStart; i++) {
			String text = lines.get(i).text();
			String folded = TextForms.fold(text);
			if ((folded.contains("报告") || folded.contains("情况")) && text.length() <= LONGEST_TITLE && !isFurniture(text)
					&& !BREADCRUMB.matcher(folded).find()) {
				found = i;
			}
		}
		return found;
	}

	/**
	 * A title wrapped over two lines: "某某镇人民政府关于" / "2023年法治政府建设情况的报告".
	 */
	private static int titleStart(List<SourceLine> lines, int titleAt) {
		if (titleAt > 0) {
			String previous = TextForms.fold(lines.get(titleAt - 1).text());
			if ((previous.endsWith("关于") || previous.matches(".*(19|20)\\d{2}年度?$"))
					&& previous.length() + lines.get(titleAt).text().length() <= LONGEST_TITLE) {
				return titleAt - 1;
			}
		}
		return titleAt;
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
	private static Ending ending(List<SourceLine> lines, int from) {
		int end = lines.size();
		while (end > from && isFurniture(lines.get(end - 1).text())) {
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
				if (!isFurniture(text)) {
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

	private static Integer year(String title, List<ParsedPart> parts, LocalDate dateWritten,
			DisclosureMetadata disclosure, List<ImportWarning> warnings) {
		Optional<Integer> fromTitle = ChineseDates.year(title);
		if (fromTitle.isPresent()) {
			return fromTitle.get();
		}
		for (ParsedPart part : parts) {
			Optional<Integer> inHeading = ChineseDates.year(part.heading());
			if (inHeading.isPresent()) {
				return (part.kind() == SectionKind.NEXT_YEAR_PLANS) ? inHeading.get() - 1 : inHeading.get();
			}
		}
		LocalDate written = (dateWritten != null) ? dateWritten
				: ChineseDates.find(disclosure.publishedOn()).orElse(null);
		if (written != null) {
			int year = ReportingCalendar.yearReportedOn(written);
			warnings.add(ImportWarning.of("yearFromDate", year));
			return year;
		}
		warnings.add(ImportWarning.of("noYear"));
		return null;
	}

	private static String agencyName(String title, String signingAgency, DisclosureMetadata disclosure) {
		if (title != null) {
			int about = title.indexOf("关于");
			if (about > 0) {
				return title.substring(0, about).strip();
			}
			Matcher year = Pattern.compile("(19|20)\\d{2}\\s*年").matcher(title);
			if (year.find() && year.start() > 0) {
				return title.substring(0, year.start()).strip();
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
