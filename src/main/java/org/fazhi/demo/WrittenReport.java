package org.fazhi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fazhi.report.SectionKind;

/**
 * A report as {@link ReportWriter} wrote it: the document's top-level chunks in order
 * (several may be thematic measures), the plan items it promises for the next year and
 * which of last year's promises it reports on.
 *
 * @param year report year
 * @param title title on one line
 * @param agencyLine the issuing agency, for a title set on two lines
 * @param addressee 主送机关, with its closing colon
 * @param preamble opening paragraph
 * @param chunks top-level headings with their text, in document order
 * @param signingAgency 落款
 * @param dateWritten 成文日期
 * @param promises next year's plan items, as written in the plans part
 * @param kept last year's promises this report gives an account of
 */
public record WrittenReport(int year, String title, String agencyLine, String addressee, String preamble,
		List<Chunk> chunks, String signingAgency, LocalDate dateWritten, List<Promise> promises, List<Promise> kept) {

	/**
	 * One top-level heading and the text under it.
	 *
	 * @param kind the part it belongs to
	 * @param heading heading as written, numbering included
	 * @param body paragraphs, one per line
	 * @param thematic whether the heading names a theme of the measures
	 */
	public record Chunk(SectionKind kind, String heading, String body, boolean thematic) {
	}

	/**
	 * One plan item for the next year.
	 *
	 * @param topic the topic it belongs to
	 * @param action what is promised, the words a later report repeats when it keeps it
	 * @param text the item as written in the plans part
	 */
	public record Promise(String topic, String action, String text) {
	}

	/**
	 * One part of an edition: its heading and its body.
	 *
	 * @param heading heading as written
	 * @param body paragraphs, thematic sub-headings included
	 */
	public record Part(String heading, String body) {
	}

	/**
	 * One heading and body per part, as an edition holds them: thematic measures are
	 * joined under one measures heading with their themes kept as sub-headings.
	 */
	public Map<SectionKind, Part> parts() {
		Map<SectionKind, List<Chunk>> byKind = new EnumMap<>(SectionKind.class);
		this.chunks.forEach((chunk) -> byKind.computeIfAbsent(chunk.kind(), (k) -> new ArrayList<>()).add(chunk));
		Map<SectionKind, Part> parts = new EnumMap<>(SectionKind.class);
		byKind.forEach((kind, chunks) -> {
			if (chunks.size() == 1 && !chunks.get(0).thematic()) {
				parts.put(kind, new Part(chunks.get(0).heading(), chunks.get(0).body()));
				return;
			}
			StringBuilder body = new StringBuilder();
			for (Chunk chunk : chunks) {
				if (!body.isEmpty()) {
					body.append('\n');
				}
				body.append(chunk.heading()).append('\n').append(chunk.body());
			}
			parts.put(kind, new Part("一、" + this.year + "年法治政府建设主要举措和成效", body.toString()));
		});
		return parts;
	}

	/**
	 * The whole document as a county would keep it in a text file: title (on two lines
	 * when {@code twoLineTitle}), addressee, preamble, headings and text, signature and
	 * date.
	 */
	public String document(boolean twoLineTitle) {
		StringBuilder text = new StringBuilder();
		if (twoLineTitle) {
			text.append(this.agencyLine).append('\n').append(this.title.substring(this.agencyLine.length()));
		}
		else {
			text.append(this.title);
		}
		text.append("\n\n").append(this.addressee).append('\n').append(this.preamble).append('\n');
		for (Chunk chunk : this.chunks) {
			text.append(chunk.heading()).append('\n').append(chunk.body()).append('\n');
		}
		text.append('\n')
			.append(this.signingAgency)
			.append('\n')
			.append(this.dateWritten.getYear())
			.append('年')
			.append(this.dateWritten.getMonthValue())
			.append('月')
			.append(this.dateWritten.getDayOfMonth())
			.append("日\n");
		return text.toString();
	}

	/**
	 * Characters of the body text (headings and paragraphs), whitespace excluded.
	 */
	public int characters() {
		StringBuilder all = new StringBuilder(this.preamble);
		this.chunks.forEach((chunk) -> all.append(chunk.heading()).append(chunk.body()));
		return (int) all.codePoints().filter((c) -> !Character.isWhitespace(c)).count();
	}

}
