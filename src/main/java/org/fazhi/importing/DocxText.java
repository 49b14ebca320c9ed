package org.fazhi.importing;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the paragraphs of a .docx as a stream, counting as it goes: the text of
 * {@code word/document.xml} paragraph by paragraph (a table row as one line), which of
 * them are top-level headings (a Word or WPS "Heading 1" style, or first-level Chinese
 * list numbering, which Word keeps out of the text), and nothing more. It stops the
 * moment a document holds more characters, paragraphs or XML elements than a report can:
 * a small file that inflates into millions of paragraphs is refused within a second,
 * where building POI's whole object model first took minutes.
 */
final class DocxText {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final XMLInputFactory XML = secureFactory();

	private DocxText() {
	}

	/**
	 * One paragraph as read, before styles and numbering (which may come later in the
	 * archive) are known.
	 */
	private static final class Paragraph {

		final StringBuilder text = new StringBuilder();

		String styleId;

		String numId;

		String level;

		final boolean tableRow;

		Paragraph(boolean tableRow) {
			this.tableRow = tableRow;
		}

	}

	/**
	 * The document's paragraphs.
	 * @throws UnreadableDocumentException {@code tooLong} past a limit,
	 * {@code corruptDocx} when the XML cannot be read, {@code notDocx} without a document
	 */
	static List<SourceLine> read(byte[] bytes, ReadingLimits limits) {
		List<Paragraph> paragraphs = null;
		Map<String, String> styleNames = Map.of();
		Map<String, String> numberingFormats = Map.of();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				switch (entry.getName()) {
					case "word/document.xml" -> paragraphs = document(zip, limits);
					case "word/styles.xml" -> styleNames = styles(zip, limits);
					case "word/numbering.xml" -> numberingFormats = numbering(zip, limits);
					default -> {
						// Images, settings, themes: not text.
					}
				}
			}
		}
		catch (IOException | XMLStreamException | IllegalArgumentException ex) {
			throw new UnreadableDocumentException("corruptDocx", ex);
		}
		if (paragraphs == null) {
			throw new UnreadableDocumentException("notDocx");
		}
		List<SourceLine> lines = new ArrayList<>(paragraphs.size());
		for (Paragraph p : paragraphs) {
			lines.add(new SourceLine(p.text.toString(), p.tableRow ? 0 : level(p, styleNames, numberingFormats)));
		}
		return lines;
	}

	private static List<Paragraph> document(InputStream in, ReadingLimits limits) throws XMLStreamException {
		XMLStreamReader xml = XML.createXMLStreamReader(new Unclosed(in));
		List<Paragraph> paragraphs = new ArrayList<>();
		Counter counter = new Counter(limits);
		int tableDepth = 0;
		Paragraph current = null;
		Paragraph row = null;
		boolean inText = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				counter.element();
				if (!W.equals(xml.getNamespaceURI())) {
					continue;
				}
				switch (xml.getLocalName()) {
					case "tbl" -> tableDepth++;
					case "tr" -> {
						if (tableDepth == 1) {
							row = new Paragraph(true);
						}
					}
					case "tc" -> {
						if (row != null && !row.text.isEmpty()) {
							row.text.append(' ');
						}
					}
					case "p" -> {
						if (tableDepth == 0) {
							current = new Paragraph(false);
						}
					}
					case "pStyle" -> {
						if (current != null && tableDepth == 0) {
							current.styleId = xml.getAttributeValue(W, "val");
						}
					}
					case "ilvl" -> {
						if (current != null && tableDepth == 0) {
							current.level = xml.getAttributeValue(W, "val");
						}
					}
					case "numId" -> {
						if (current != null && tableDepth == 0) {
							current.numId = xml.getAttributeValue(W, "val");
						}
					}
					case "t" -> inText = true;
					case "tab" -> counter.add(target(current, row, tableDepth), "\t");
					default -> {
						// Runs, properties, fields: their text (if any) comes in w:t.
					}
				}
			}
			else if (event == XMLStreamConstants.CHARACTERS && inText) {
				counter.add(target(current, row, tableDepth), xml.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT && W.equals(xml.getNamespaceURI())) {
				switch (xml.getLocalName()) {
					case "t" -> inText = false;
					case "p" -> {
						if (tableDepth == 0 && current != null) {
							paragraphs.add(current);
							counter.paragraph();
							current = null;
						}
						else if (row != null && tableDepth > 0) {
							// Paragraphs inside a cell run on within the row's line.
							row.text.append(' ');
						}
					}
					case "tr" -> {
						if (tableDepth == 1 && row != null) {
							String cells = row.text.toString().strip().replaceAll(" {2,}", " ");
							row.text.setLength(0);
							row.text.append(cells);
							paragraphs.add(row);
							counter.paragraph();
							row = null;
						}
					}
					case "tbl" -> tableDepth--;
					default -> {
					}
				}
			}
		}
		return paragraphs;
	}

	private static Paragraph target(Paragraph current, Paragraph row, int tableDepth) {
		return (tableDepth > 0) ? row : current;
	}

	/**
	 * Style ids to their names ("1" → "heading 1", "Heading1" → "标题 1").
	 */
	private static Map<String, String> styles(InputStream in, ReadingLimits limits) throws XMLStreamException {
		XMLStreamReader xml = XML.createXMLStreamReader(new Unclosed(in));
		Map<String, String> names = new HashMap<>();
		Counter counter = new Counter(limits);
		String styleId = null;
		while (xml.hasNext()) {
			if (xml.next() == XMLStreamConstants.START_ELEMENT) {
				counter.element();
				if ("style".equals(xml.getLocalName())) {
					styleId = xml.getAttributeValue(W, "styleId");
				}
				else if ("name".equals(xml.getLocalName()) && styleId != null) {
					names.put(styleId, xml.getAttributeValue(W, "val"));
				}
			}
		}
		return names;
	}

	/**
	 * Numbering ids to the format of their first level (chineseCounting, decimal …).
	 */
	private static Map<String, String> numbering(InputStream in, ReadingLimits limits) throws XMLStreamException {
		XMLStreamReader xml = XML.createXMLStreamReader(new Unclosed(in));
		Map<String, String> abstractFormats = new HashMap<>();
		Map<String, String> numToAbstract = new HashMap<>();
		Counter counter = new Counter(limits);
		String abstractId = null;
		String level = null;
		String numId = null;
		while (xml.hasNext()) {
			if (xml.next() != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			counter.element();
			switch (xml.getLocalName()) {
				case "abstractNum" -> abstractId = xml.getAttributeValue(W, "abstractNumId");
				case "lvl" -> level = xml.getAttributeValue(W, "ilvl");
				case "numFmt" -> {
					if (abstractId != null && "0".equals(level)) {
						abstractFormats.putIfAbsent(abstractId, xml.getAttributeValue(W, "val"));
					}
				}
				case "num" -> {
					numId = xml.getAttributeValue(W, "numId");
					abstractId = null;
				}
				case "abstractNumId" -> {
					if (numId != null) {
						numToAbstract.put(numId, xml.getAttributeValue(W, "val"));
					}
				}
				default -> {
				}
			}
		}
		Map<String, String> formats = new HashMap<>();
		numToAbstract.forEach((num, abs) -> {
			if (abstractFormats.containsKey(abs)) {
				formats.put(num, abstractFormats.get(abs));
			}
		});
		return formats;
	}

	/**
	 * 1 for a paragraph styled as a first-level heading (Word's "heading 1", WPS's "标题
	 * 1") or numbered at the first level with Chinese counting numerals.
	 */
	private static int level(Paragraph p, Map<String, String> styleNames, Map<String, String> formats) {
		if (p.styleId != null) {
			String name = styleNames.getOrDefault(p.styleId, p.styleId).toLowerCase(Locale.ROOT).replace(" ", "");
			if (name.equals("heading1") || name.equals("标题1") || p.styleId.equals("1")) {
				return 1;
			}
		}
		if (p.numId != null && "0".equals(p.level)) {
			String format = formats.get(p.numId);
			if (format != null && (format.startsWith("chinese") || format.startsWith("ideograph")
					|| format.startsWith("taiwanese"))) {
				return 1;
			}
		}
		return 0;
	}

	/**
	 * Counts what has been read and stops past the limits.
	 */
	private static final class Counter {

		private final ReadingLimits limits;

		private long characters;

		private long paragraphs;

		private long elements;

		Counter(ReadingLimits limits) {
			this.limits = limits;
		}

		void add(Paragraph paragraph, String text) {
			if (paragraph == null) {
				return;
			}
			this.characters += text.length();
			if (this.characters > this.limits.maxCharacters()) {
				throw new UnreadableDocumentException("tooLong");
			}
			paragraph.text.append(text);
		}

		void paragraph() {
			if (++this.paragraphs > this.limits.maxParagraphs()) {
				throw new UnreadableDocumentException("tooLong");
			}
		}

		void element() {
			if (++this.elements > this.limits.maxElements()) {
				throw new UnreadableDocumentException("tooLong");
			}
		}

	}

	/**
	 * The parser must not close the archive stream when it is done with one entry.
	 */
	private static final class Unclosed extends FilterInputStream {

		Unclosed(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
		}

	}

	/**
	 * No DTDs and no external entities: a document cannot make the parser fetch or expand
	 * anything.
	 */
	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		return factory;
	}

}
