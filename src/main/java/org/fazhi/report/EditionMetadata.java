package org.fazhi.report;

import java.time.LocalDate;

/**
 * The document metadata of an edition, apart from its parts.
 *
 * @param title report title
 * @param addressee 主送机关
 * @param preamble opening paragraphs before the first part
 * @param signingAgency 落款
 * @param dateWritten 成文日期
 * @param documentNumber 文号, optional
 * @param keywords 主题词
 */
public record EditionMetadata(String title, String addressee, String preamble, String signingAgency,
		LocalDate dateWritten, String documentNumber, String keywords) {
}
