package org.fazhi.filing;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fazhi.report.EditionMetadata;
import org.fazhi.report.EditionView;
import org.fazhi.system.FieldLimits;
import org.fazhi.system.SafeText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The metadata form of an edition; carries the version it was opened with.
 *
 * @param title report title
 * @param addressee 主送机关
 * @param preamble opening paragraphs
 * @param signingAgency 落款
 * @param dateWritten 成文日期
 * @param documentNumber 文号
 * @param keywords 主题词
 * @param topicIds chosen topics
 * @param correctionNote 更正说明, for a correction edition
 * @param version edition version when the form was opened
 */
record MetadataForm(@NotBlank @Size(max = FieldLimits.TITLE) String title,
		@Size(max = FieldLimits.ADDRESSEE) String addressee, @Size(max = FieldLimits.PREAMBLE) String preamble,
		@Size(max = FieldLimits.SIGNING_AGENCY) String signingAgency,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateWritten,
		@Size(max = FieldLimits.DOCUMENT_NUMBER) String documentNumber,
		@Size(max = FieldLimits.KEYWORDS) String keywords, @Size(max = FieldLimits.TOPICS) List<Long> topicIds,
		@Size(max = FieldLimits.CORRECTION_NOTE) String correctionNote, @NotNull Long version) {

	static MetadataForm of(EditionView edition, List<Long> topicIds) {
		return new MetadataForm(edition.title(), edition.addressee(), String.join("\n", edition.preamble()),
				edition.signingAgency(), edition.dateWritten(), edition.documentNumber(), edition.keywords(), topicIds,
				edition.correctionNote(), edition.version());
	}

	public List<Long> topicIdsOrEmpty() {
		return (this.topicIds != null) ? this.topicIds : List.of();
	}

	EditionMetadata toMetadata() {
		return new EditionMetadata(strip(this.title), strip(this.addressee), this.preamble, strip(this.signingAgency),
				this.dateWritten, strip(this.documentNumber), strip(this.keywords));
	}

	/**
	 * A one-line field as kept: line breaks a paste brought in become spaces, and an
	 * empty field is no value.
	 */
	private static String strip(String value) {
		String line = SafeText.singleLine(value);
		return (line == null || line.isEmpty()) ? null : line;
	}

}
