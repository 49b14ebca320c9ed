package org.fazhi.assistant;

import java.util.EnumMap;
import java.util.Map;

import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportSection;
import org.fazhi.report.SectionKind;

/**
 * A report as the checks read it: its title and each part's heading and text.
 *
 * @param title the title, or {@code null}
 * @param parts the parts present, by kind
 */
public record CheckedReport(String title, Map<SectionKind, Part> parts) {

	/**
	 * One part.
	 *
	 * @param heading heading as written
	 * @param body text, one paragraph per line
	 */
	public record Part(String heading, String body) {
	}

	public CheckedReport {
		parts = Map.copyOf(parts);
	}

	public static CheckedReport of(ReportEdition edition) {
		Map<SectionKind, Part> parts = new EnumMap<>(SectionKind.class);
		for (ReportSection section : edition.getSections()) {
			parts.put(section.getKind(), new Part(section.getHeading(), section.getBody()));
		}
		return new CheckedReport(edition.getTitle(), parts);
	}

	String body(SectionKind kind) {
		Part part = this.parts.get(kind);
		return (part != null && part.body() != null) ? part.body() : "";
	}

}
