package org.fazhi.importing;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 政府信息公开 metadata found on a copied disclosure page. Values are as written (any may
 * be {@code null}); dates are read into dates, whatever form the page wrote them in.
 *
 * @param indexNumber 索引号
 * @param publisher 发布机构
 * @param dateWritten 成文日期
 * @param publishedOn 发布日期
 * @param documentNumber 文号
 * @param topicCategory 主题分类
 * @param genre 体裁分类
 * @param keywords 主题词
 * @param others labels the report does not keep (有效性, 来源, …), as written, in page order
 */
public record DisclosureMetadata(String indexNumber, String publisher, LocalDate dateWritten, LocalDate publishedOn,
		String documentNumber, String topicCategory, String genre, String keywords, Map<String, String> others) {

	public DisclosureMetadata {
		others = Collections.unmodifiableMap(new LinkedHashMap<>(others));
	}

	/**
	 * This metadata with the 文号 the document itself shows, where the page gave none.
	 */
	DisclosureMetadata withDocumentNumber(String number) {
		if (number == null || number.equals(this.documentNumber)) {
			return this;
		}
		return new DisclosureMetadata(this.indexNumber, this.publisher, this.dateWritten, this.publishedOn, number,
				this.topicCategory, this.genre, this.keywords, this.others);
	}

	static DisclosureMetadata of(MetadataLines.Found found) {
		return new DisclosureMetadata(found.field(MetadataLines.INDEX_NUMBER), found.field(MetadataLines.PUBLISHER),
				ChineseDates.find(found.field(MetadataLines.DATE_WRITTEN)).orElse(null),
				ChineseDates.find(found.field(MetadataLines.PUBLISHED_ON)).orElse(null),
				found.field(MetadataLines.DOCUMENT_NUMBER), found.field(MetadataLines.TOPIC),
				found.field(MetadataLines.GENRE), found.field(MetadataLines.KEYWORDS), found.others());
	}

}
