package org.fazhi.importing;

/**
 * The 政府信息公开 metadata found on a copied disclosure page, each as written (values may be
 * {@code null}).
 *
 * @param indexNumber 索引号
 * @param publisher 发布机构
 * @param dateWritten 成文日期
 * @param publishedOn 发布日期
 * @param documentNumber 文号
 * @param topicCategory 主题分类
 */
public record DisclosureMetadata(String indexNumber, String publisher, String dateWritten, String publishedOn,
		String documentNumber, String topicCategory) {
}
