package org.fazhi.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.report.SectionKind;

/**
 * A demo report file: {@code key: value} header lines, a line {@code ---}, the preamble,
 * then each part introduced by {@code ## KIND heading as written}.
 *
 * @param headers header values by key
 * @param preamble text before the first part
 * @param sections the parts in order
 */
record DemoReport(Map<String, String> headers, String preamble, List<Section> sections) {

	/**
	 * One part of a demo report.
	 *
	 * @param kind part kind
	 * @param heading heading as written
	 * @param body body text
	 */
	record Section(SectionKind kind, String heading, String body) {
	}

	static DemoReport parse(String text) {
		Map<String, String> headers = new HashMap<>();
		List<String> lines = text.lines().toList();
		int i = 0;
		for (; i < lines.size() && !lines.get(i).equals("---"); i++) {
			String line = lines.get(i);
			int colon = line.indexOf(':');
			if (colon > 0) {
				headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
			}
		}
		StringBuilder preamble = new StringBuilder();
		List<Section> sections = new ArrayList<>();
		SectionKind kind = null;
		String heading = null;
		StringBuilder body = new StringBuilder();
		for (i++; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.startsWith("## ")) {
				String[] parts = line.substring(3).split(" ", 2);
				SectionKind next = SectionKind.valueOf(parts[0]);
				if (next == kind) {
					// Several thematic headings of one part: later ones stay inside the
					// body.
					body.append(parts[1].strip()).append('\n');
					continue;
				}
				if (kind != null) {
					sections.add(new Section(kind, heading, body.toString().strip()));
				}
				kind = next;
				heading = parts[1].strip();
				body = new StringBuilder();
			}
			else {
				((kind != null) ? body : preamble).append(line).append('\n');
			}
		}
		if (kind != null) {
			sections.add(new Section(kind, heading, body.toString().strip()));
		}
		return new DemoReport(headers, preamble.toString().strip(), sections);
	}

	String header(String key) {
		String value = this.headers.get(key);
		if (value == null) {
			throw new IllegalStateException("Demo report lacks header " + key);
		}
		return value;
	}

	String optionalHeader(String key) {
		return this.headers.get(key);
	}

}
