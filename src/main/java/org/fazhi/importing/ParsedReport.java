package org.fazhi.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fazhi.report.SectionKind;

/**
 * What the parser found in a document. Parts are the top-level chunks in document order;
 * several chunks may share a kind (thematic measures), {@link #merged()} joins them.
 *
 * @param title title line(s), or {@code null}
 * @param agencyName the agency as the title (or else the signature) writes it
 * @param year the year reported on, or {@code null} if nothing tells
 * @param addressee 主送机关, without the closing colon
 * @param preamble paragraphs before the first part
 * @param parts top-level chunks in document order
 * @param signingAgency 落款
 * @param dateWritten 成文日期 as found at the end
 * @param metadata disclosure metadata, when copied from a disclosure page
 * @param dropped page chrome that was left out (breadcrumbs, page tools, counters,
 * footers), for the preview to show
 * @param warnings what could not be decided for certain
 */
public record ParsedReport(String title, String agencyName, Integer year, String addressee, String preamble,
		List<ParsedPart> parts, String signingAgency, LocalDate dateWritten, DisclosureMetadata metadata,
		List<String> dropped, List<ImportWarning> warnings) {

	/**
	 * One heading and body per kind: a single chunk keeps its heading; several chunks (or
	 * a thematic one) are joined with their headings kept as sub-headings.
	 */
	public Map<SectionKind, MergedPart> merged() {
		Map<SectionKind, List<ParsedPart>> byKind = new EnumMap<>(SectionKind.class);
		for (ParsedPart part : this.parts) {
			byKind.computeIfAbsent(part.kind(), (kind) -> new ArrayList<>()).add(part);
		}
		Map<SectionKind, MergedPart> merged = new EnumMap<>(SectionKind.class);
		byKind.forEach((kind, chunks) -> merged.put(kind, MergedPart.of(chunks)));
		return merged;
	}

	/**
	 * Required kinds that no chunk has.
	 */
	public List<SectionKind> missing() {
		return missing(this.parts);
	}

	static List<SectionKind> missing(List<ParsedPart> parts) {
		List<SectionKind> missing = new ArrayList<>();
		for (SectionKind kind : SectionKind.values()) {
			if (kind.isRequired() && parts.stream().noneMatch((part) -> part.kind() == kind)) {
				missing.add(kind);
			}
		}
		return missing;
	}

	/**
	 * This parse with chunk {@code i} given {@code kinds.get(i)}, as a clerk re-assigned
	 * them; chunks beyond the list keep their kind.
	 */
	public ParsedReport withKinds(List<SectionKind> kinds) {
		List<ParsedPart> changed = new ArrayList<>(this.parts.size());
		for (int i = 0; i < this.parts.size(); i++) {
			ParsedPart part = this.parts.get(i);
			SectionKind kind = (i < kinds.size() && kinds.get(i) != null) ? kinds.get(i) : part.kind();
			changed.add((kind != part.kind()) ? part.withKind(kind) : part);
		}
		return new ParsedReport(this.title, this.agencyName, this.year, this.addressee, this.preamble,
				List.copyOf(changed), this.signingAgency, this.dateWritten, this.metadata, this.dropped, this.warnings);
	}

	/**
	 * A part as it goes into an edition.
	 *
	 * @param heading heading, or {@code null} when only thematic chunks make it up (the
	 * standard heading is then used)
	 * @param body text with sub-headings
	 */
	public record MergedPart(String heading, String body) {

		static MergedPart of(List<ParsedPart> chunks) {
			ParsedPart first = chunks.get(0);
			if (chunks.size() == 1 && !first.thematic()) {
				return new MergedPart(first.heading(), first.body());
			}
			ParsedPart headed = chunks.stream().filter((c) -> !c.thematic()).findFirst().orElse(null);
			StringBuilder body = new StringBuilder();
			for (ParsedPart chunk : chunks) {
				if (chunk != headed) {
					append(body, chunk.heading());
				}
				append(body, chunk.body());
			}
			return new MergedPart((headed != null) ? headed.heading() : null, body.toString());
		}

		private static void append(StringBuilder body, String text) {
			if (text == null || text.isEmpty()) {
				return;
			}
			if (!body.isEmpty()) {
				body.append('\n');
			}
			body.append(text);
		}

	}

}
