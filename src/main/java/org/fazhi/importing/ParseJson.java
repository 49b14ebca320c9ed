package org.fazhi.importing;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.report.SectionKind;

/**
 * The JSON form of a parse.
 *
 * @param title title
 * @param agencyName agency as written
 * @param year year reported on
 * @param addressee 主送机关
 * @param preamble opening paragraphs
 * @param preambleCharacters characters in the preamble
 * @param parts top-level chunks in document order
 * @param missing required parts not found
 * @param signingAgency 落款
 * @param dateWritten date at the end
 * @param metadata disclosure metadata found
 * @param dropped page chrome left out
 * @param warnings what could not be decided
 */
record ParseJson(String title, String agencyName, Integer year, String addressee, String preamble,
		int preambleCharacters, List<PartJson> parts, List<SectionKind> missing, String signingAgency,
		LocalDate dateWritten, DisclosureMetadata metadata, List<String> dropped, List<WarningJson> warnings) {

	static ParseJson of(ParsedReport report, ImportMessages messages) {
		return new ParseJson(report.title(), report.agencyName(), report.year(), report.addressee(), report.preamble(),
				report.preamble().codePointCount(0, report.preamble().length()),
				report.parts()
					.stream()
					.map((part) -> new PartJson(part.kind(), part.heading(), part.body(), part.characters(),
							part.thematic()))
					.toList(),
				report.missing(), report.signingAgency(), report.dateWritten(), report.metadata(), report.dropped(),
				report.warnings()
					.stream()
					.map((warning) -> new WarningJson(warning.code(), messages.warning(warning)))
					.toList());
	}

	record PartJson(SectionKind kind, String heading, String body, int characters, boolean thematic) {
	}

	record WarningJson(String code, String message) {
	}

}
