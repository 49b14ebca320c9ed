package org.fazhi.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF that has a text layer through Apache PDFBox, page by page: drops page
 * numbers and the running header and footer a page repeats, and joins the lines a page
 * wrapped back into paragraphs, so that headings, which stand on lines of their own, stay
 * lines of their own. A scanned PDF (images only) is refused with a message saying so.
 */
final class PdfText {

	/** "3", "- 3 -", "—3—", "第3页", "第 3 页 共 12 页", "3/12". */
	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"^[-—－–\\s]*\\d{1,4}[-—－–\\s]*$|^第\\s*\\d{1,4}\\s*页(\\s*[,，]?\\s*共\\s*\\d{1,4}\\s*页)?$|^\\d{1,4}\\s*/\\s*\\d{1,4}$");

	/** A line that never continues the one before: a heading, a list item, a date. */
	private static final Pattern STARTS_ANEW = Pattern.compile(
			"^([一二三四五六七八九十]{1,3}\\s*[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}\\s*[、.．]|第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]是)");

	/**
	 * A space PDFBox puts where glyphs stand apart, next to a Chinese character: Chinese
	 * text has no spaces of its own ("人民政府 2024 年度" is "人民政府2024年度").
	 */
	private static final Pattern LAYOUT_SPACE = Pattern.compile(
			"(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])\\s+|\\s+(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])");

	/** Where a paragraph ends. */
	private static final Pattern ENDS_PARAGRAPH = Pattern.compile("[。！？；：:!?;]$");

	/**
	 * Fewer characters than this per page, on average, is a scan without a text layer.
	 */
	private static final int SCANNED_BELOW = 20;

	/** A line at least this share of a full line's length runs on to the next. */
	private static final double FULL_LINE = 0.85;

	private PdfText() {
	}

	static List<SourceLine> read(byte[] bytes, ReadingLimits limits) {
		try (PDDocument document = open(bytes)) {
			int pages = document.getNumberOfPages();
			if (pages > limits.maxPages()) {
				throw new UnreadableDocumentException("tooLong");
			}
			ReadingBudget budget = new ReadingBudget(limits);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			List<List<String>> pageLines = new ArrayList<>();
			long characters = 0;
			for (int page = 1; page <= pages; page++) {
				budget.checkTime();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				List<String> lines = new ArrayList<>();
				for (String line : stripper.getText(document).split("\\R")) {
					String stripped = LAYOUT_SPACE.matcher(line.replace('\u00A0', ' ')).replaceAll("").strip();
					if (!stripped.isEmpty() && !PAGE_NUMBER.matcher(stripped).matches()) {
						lines.add(stripped);
						characters += stripped.length();
					}
				}
				pageLines.add(lines);
			}
			if (pages > 0 && characters < (long) SCANNED_BELOW * pages) {
				throw new UnreadableDocumentException("scannedPdf");
			}
			return paragraphs(withoutRunningLines(pageLines), budget);
		}
		catch (IOException ex) {
			throw new UnreadableDocumentException("corruptPdf", ex);
		}
	}

	private static PDDocument open(byte[] bytes) throws IOException {
		try {
			return Loader.loadPDF(bytes);
		}
		catch (InvalidPasswordException ex) {
			throw new UnreadableDocumentException("encrypted", ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableDocumentException("corruptPdf", ex);
		}
	}

	/**
	 * The pages' lines without the header and footer: a first or last line that most
	 * pages (three or more) repeat.
	 */
	private static List<String> withoutRunningLines(List<List<String>> pages) {
		Map<String, Integer> edges = new HashMap<>();
		for (List<String> lines : pages) {
			if (!lines.isEmpty()) {
				edges.merge(lines.get(0), 1, Integer::sum);
				if (lines.size() > 1) {
					edges.merge(lines.get(lines.size() - 1), 1, Integer::sum);
				}
			}
		}
		List<String> kept = new ArrayList<>();
		for (List<String> lines : pages) {
			for (int i = 0; i < lines.size(); i++) {
				boolean edge = i == 0 || i == lines.size() - 1;
				if (edge && pages.size() >= 3 && edges.get(lines.get(i)) * 2 > pages.size()) {
					continue;
				}
				kept.add(lines.get(i));
			}
		}
		return kept;
	}

	/**
	 * Joins a wrapped line to the next when it runs to the margin and does not end a
	 * sentence, and the next does not start anew.
	 */
	private static List<SourceLine> paragraphs(List<String> lines, ReadingBudget budget) {
		int full = fullLength(lines);
		List<SourceLine> paragraphs = new ArrayList<>();
		StringBuilder current = null;
		String previous = null;
		for (String line : lines) {
			boolean continues = current != null && previous.codePointCount(0, previous.length()) >= full * FULL_LINE
					&& !ENDS_PARAGRAPH.matcher(previous).find() && !STARTS_ANEW.matcher(line).find()
					&& !ChineseDates.isDateLine(line);
			if (continues) {
				current.append(line);
			}
			else {
				if (current != null) {
					budget.paragraph(current.toString());
					paragraphs.add(SourceLine.plain(current.toString()));
				}
				current = new StringBuilder(line);
			}
			previous = line;
		}
		if (current != null) {
			budget.paragraph(current.toString());
			paragraphs.add(SourceLine.plain(current.toString()));
		}
		return paragraphs;
	}

	/**
	 * The length of a full line: most lines of a report's body run to the margin, so the
	 * upper fifth of line lengths is where the margin is.
	 */
	private static int fullLength(List<String> lines) {
		if (lines.isEmpty()) {
			return Integer.MAX_VALUE;
		}
		int[] lengths = lines.stream().mapToInt((line) -> line.codePointCount(0, line.length())).sorted().toArray();
		return Math.max(lengths[(int) (lengths.length * 0.8)], 10);
	}

}
