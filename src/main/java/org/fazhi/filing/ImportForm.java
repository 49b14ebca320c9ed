package org.fazhi.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fazhi.importing.ParsedPart;
import org.fazhi.importing.ParsedReport;
import org.fazhi.report.SectionKind;
import org.fazhi.system.FieldLimits;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The import preview as a form: what the parser found, which the clerk may correct (the
 * metadata, and the kind of every chunk) before it fills the draft.
 *
 * @param title title
 * @param addressee 主送机关
 * @param preamble opening paragraphs
 * @param signingAgency 落款
 * @param dateWritten 成文日期
 * @param documentNumber 文号
 * @param chunks top-level chunks in document order
 * @param version edition version when the import started
 */
record ImportForm(@NotBlank @Size(max = FieldLimits.TITLE) String title,
		@Size(max = FieldLimits.ADDRESSEE) String addressee, @Size(max = FieldLimits.PREAMBLE) String preamble,
		@Size(max = FieldLimits.SIGNING_AGENCY) String signingAgency,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateWritten,
		@Size(max = FieldLimits.DOCUMENT_NUMBER) String documentNumber, @Valid @Size(max = 60) List<Chunk> chunks,
		@NotNull Long version) {

	/** Paragraphs of each chunk the preview shows. */
	static final int PREVIEW_PARAGRAPHS = 3;

	/** Characters of each previewed paragraph. */
	static final int PREVIEW_LINE = 120;

	static ImportForm of(ParsedReport parsed, Long version) {
		List<Chunk> chunks = parsed.parts()
			.stream()
			.map((part) -> new Chunk(part.kind(), part.heading(), part.body(), part.thematic()))
			.toList();
		String documentNumber = parsed.metadata().documentNumber();
		return new ImportForm(parsed.title(), parsed.addressee(), parsed.preamble(), parsed.signingAgency(),
				parsed.dateWritten(), documentNumber, new ArrayList<>(chunks), version);
	}

	/**
	 * The chunks posted, without the gaps a tampered index (chunks[87]) leaves.
	 */
	public List<Chunk> chunksOrEmpty() {
		return (this.chunks != null) ? this.chunks.stream().filter(Objects::nonNull).toList() : List.of();
	}

	/**
	 * The chunks as parsed parts with the kinds chosen on the form, merged per kind.
	 */
	ParsedReport toParsed() {
		List<ParsedPart> parts = chunksOrEmpty().stream()
			.filter((chunk) -> chunk.kind() != null && chunk.heading() != null)
			.map((chunk) -> new ParsedPart(chunk.kind(), chunk.heading(), chunk.bodyOrEmpty(),
					Boolean.TRUE.equals(chunk.thematic())))
			.toList();
		return new ParsedReport(this.title, null, null, this.addressee, this.preamble, parts, this.signingAgency,
				this.dateWritten, null, List.of(), List.of());
	}

	/**
	 * One chunk.
	 *
	 * @param kind the part it belongs to
	 * @param heading heading as written
	 * @param body text under it
	 * @param thematic whether the heading is a theme kept as a sub-heading
	 */
	record Chunk(@NotNull SectionKind kind, @NotBlank @Size(max = FieldLimits.HEADING) String heading, String body,
			Boolean thematic) {

		String bodyOrEmpty() {
			return (this.body != null) ? this.body.replace("\r\n", "\n") : "";
		}

		/**
		 * The first few paragraphs, for the preview.
		 */
		public List<String> firstLines() {
			return bodyOrEmpty().lines()
				.filter((line) -> !line.isBlank())
				.limit(PREVIEW_PARAGRAPHS)
				.map((line) -> (line.length() > PREVIEW_LINE) ? line.substring(0, PREVIEW_LINE) + "…" : line)
				.toList();
		}

		/**
		 * How many paragraphs the chunk has, so the preview can say it continues.
		 */
		public long paragraphs() {
			return bodyOrEmpty().lines().filter((line) -> !line.isBlank()).count();
		}

		public boolean continues() {
			return paragraphs() > PREVIEW_PARAGRAPHS;
		}

		public int characters() {
			return bodyOrEmpty().codePointCount(0, bodyOrEmpty().length());
		}

	}

}
