package org.fazhi.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.system.WebAddress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a saved disclosure page (.html/.htm, in the charset it declares: UTF-8, GBK,
 * GB2312) with jsoup: the metadata block from its table cells or list items, the title,
 * and the report from the page's content area, each block element a line. Scripts,
 * styles, navigation and forms never become text; whatever chrome is left (breadcrumbs,
 * page tools, footers) the parser drops as it does for pasted pages.
 */
final class HtmlText {

	/** Elements that start a new line. */
	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5",
			"h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "blockquote", "pre", "center", "br",
			"hr");

	/** Elements whose text is never part of a report. */
	private static final String NEVER_TEXT = "script, style, noscript, iframe, object, embed, form, select, button, nav, "
			+ "template, svg";

	/** Labels that mark a table or list as the page's metadata block. */
	private static final Pattern METADATA = Pattern.compile("索\\s*引\\s*号|发布机构|成文日期|发文字号|发布日期|主题分类");

	/** A content area holds at least this much text in its own paragraphs. */
	private static final int CONTENT_MINIMUM = 200;

	private HtmlText() {
	}

	/**
	 * The comment a browser's 另存为 puts at the top of a saved page:
	 * {@code <!-- saved from url=(0071)http://... -->}.
	 */
	private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(https?://\\S+?)\\s*-->");

	/**
	 * How far into a page its own address is looked for (head and the comment above it).
	 */
	private static final int ADDRESS_SCAN = 64 * 1024;

	/**
	 * The page's own web address when it says it: the comment a browser writes when
	 * saving the page, {@code <link rel="canonical">} or {@code og:url}. Only http and
	 * https addresses count.
	 */
	static Optional<String> address(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, ADDRESS_SCAN), StandardCharsets.ISO_8859_1);
		Matcher saved = SAVED_FROM.matcher(head);
		if (saved.find()) {
			return Optional.of(saved.group(1));
		}
		Document page = Jsoup.parse(head);
		for (String selector : new String[] { "link[rel=canonical]", "meta[property=og:url]" }) {
			Element element = page.selectFirst(selector);
			if (element != null) {
				String value = element.hasAttr("href") ? element.attr("href") : element.attr("content");
				if (WebAddress.isWeb(value)) {
					return Optional.of(value.strip());
				}
			}
		}
		return Optional.empty();
	}

	static List<SourceLine> read(byte[] bytes, ReadingLimits limits) {
		Document page;
		try {
			// jsoup takes the charset from a BOM or <meta charset>, else UTF-8.
			page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableDocumentException("binary", ex);
		}
		ReadingBudget budget = new ReadingBudget(limits);
		page.select(NEVER_TEXT).remove();
		Element content = content(page.body(), budget);
		List<SourceLine> lines = new ArrayList<>();
		if (content != page.body()) {
			for (Element block : page.body().select("table, ul, dl")) {
				if (!isInside(block, content) && !isInside(content, block) && METADATA.matcher(block.text()).find()) {
					lines.addAll(lines(block, budget));
				}
			}
			Element title = title(page, content);
			if (title != null) {
				lines.add(SourceLine.plain(title.text()));
			}
		}
		lines.addAll(lines(content, budget));
		return lines;
	}

	/**
	 * The element whose own paragraphs hold the most text: the article on a page that
	 * also has navigation, sidebars and footers. The whole body when no element stands
	 * out.
	 */
	private static Element content(Element body, ReadingBudget budget) {
		Element best = body;
		int bestScore = CONTENT_MINIMUM - 1;
		for (Element element : body.getAllElements()) {
			budget.checkTime();
			int score = 0;
			for (Element child : element.children()) {
				if (child.nameIs("p") || (child.nameIs("div") && child.children().isEmpty())) {
					score += child.text().length();
				}
			}
			if (score > bestScore) {
				best = element;
				bestScore = score;
			}
		}
		return best;
	}

	/**
	 * The page's title for the report: the last heading before the content area that
	 * names a report.
	 */
	private static Element title(Document page, Element content) {
		Element found = null;
		for (Element element : page.body().getAllElements()) {
			if (element == content) {
				break;
			}
			boolean heading = element.nameIs("h1") || element.nameIs("h2") || element.nameIs("h3")
					|| element.className().contains("title") || element.id().contains("title");
			String text = element.text();
			if (heading && !text.isEmpty() && text.length() <= 80 && (text.contains("报告") || text.contains("情况"))
					&& element.select("h1, h2, h3").size() <= 1) {
				found = element;
			}
		}
		return found;
	}

	private static boolean isInside(Element element, Element container) {
		for (Element parent = element; parent != null; parent = parent.parent()) {
			if (parent == container) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The element's text, one line per block; table cells apart, a row to a line.
	 */
	private static List<SourceLine> lines(Element root, ReadingBudget budget) {
		StringBuilder text = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					text.append(textNode.text());
				}
				else if (node instanceof Element element) {
					if (BLOCKS.contains(element.normalName())) {
						text.append('\n');
					}
					else if (element.nameIs("td") || element.nameIs("th")) {
						text.append('\t');
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					text.append('\n');
				}
			}

		}, root);
		List<SourceLine> lines = new ArrayList<>();
		for (String line : text.toString().split("\n")) {
			String stripped = line.replace('\u00A0', ' ').strip();
			if (!stripped.isEmpty()) {
				budget.paragraph(stripped);
				lines.add(SourceLine.plain(stripped));
			}
		}
		return lines;
	}

}
