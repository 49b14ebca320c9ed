package org.fazhi.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.agency.Agency;
import org.fazhi.topic.Topic;

/**
 * Read model of an edition for templates: metadata, agency and its region path, and the
 * parts in order. Build it inside a transaction (the agency path is loaded lazily).
 *
 * @param id edition id
 * @param reportId report id
 * @param editionNumber 1 for the first edition, higher for corrections
 * @param state workflow state
 * @param version optimistic-lock version the forms carry
 * @param year report year
 * @param title title
 * @param addressee 主送机关
 * @param preamble paragraphs before the first part
 * @param signingAgency 落款
 * @param dateWritten 成文日期
 * @param documentNumber 文号
 * @param keywords 主题词
 * @param indexNumber 索引号, once published
 * @param agencyId publishing agency id
 * @param agencyFullName 发布机构
 * @param agencyCode unified social credit code
 * @param agencyPath short names from province down to the agency
 * @param submittedAt last submission time
 * @param submittedBy who submitted last
 * @param publishedAt publication time of this edition
 * @param updatedAt last change
 * @param updatedBy who changed it last
 * @param sections the parts in order
 * @param topics names of the chosen topics
 * @param correctionNote 更正说明 of a correction edition
 * @param scheduledFor when a scheduled edition will be published
 * @param withdrawnAt when the edition was withdrawn
 * @param withdrawalReason the public reason for withdrawal
 * @param agencyTrail codes and short names from the province down to the agency
 * @param views views counted so far (浏览次数)
 * @param archivedFrom where a backfilled edition came from
 */
public record EditionView(Long id, Long reportId, int editionNumber, EditionState state, long version, int year,
		String title, String addressee, List<String> preamble, String signingAgency, LocalDate dateWritten,
		String documentNumber, String keywords, String indexNumber, Long agencyId, String agencyFullName,
		String agencyCode, List<String> agencyPath, Instant submittedAt, String submittedBy, Instant publishedAt,
		Instant updatedAt, String updatedBy, List<SectionView> sections, List<String> topics, String correctionNote,
		Instant scheduledFor, Instant withdrawnAt, String withdrawalReason, List<Crumb> agencyTrail, long views,
		String archivedFrom) {

	public static EditionView of(ReportEdition edition, int minPartLength) {
		Report report = edition.getReport();
		Agency agency = report.getAgency();
		return new EditionView(edition.getId(), report.getId(), edition.getEditionNumber(), edition.getState(),
				edition.getVersion(), report.getYear(), edition.getTitle(), edition.getAddressee(),
				Paragraphs.split(edition.getPreamble()), edition.getSigningAgency(), edition.getDateWritten(),
				edition.getDocumentNumber(), edition.getKeywords(), report.getIndexNumber(), agency.getId(),
				agency.getFullName(), agency.getUnifiedCode(),
				agency.path().stream().map(Agency::getShortName).toList(), edition.getSubmittedAt(),
				edition.getSubmittedBy(), edition.getPublishedAt(), edition.getUpdatedAt(), edition.getUpdatedBy(),
				edition.getSections().stream().map((s) -> SectionView.of(s, minPartLength)).toList(),
				edition.getTopics().stream().map(Topic::getName).toList(), edition.getCorrectionNote(),
				edition.getScheduledFor(), edition.getWithdrawnAt(), edition.getWithdrawalReason(),
				agency.path().stream().map((a) -> new Crumb(a.getUnifiedCode(), a.getShortName())).toList(),
				report.getViewCount(), edition.getArchivedFrom());
	}

	/**
	 * The same edition with a view count that includes views not yet written to the
	 * database.
	 */
	public EditionView withViews(long views) {
		return new EditionView(this.id, this.reportId, this.editionNumber, this.state, this.version, this.year,
				this.title, this.addressee, this.preamble, this.signingAgency, this.dateWritten, this.documentNumber,
				this.keywords, this.indexNumber, this.agencyId, this.agencyFullName, this.agencyCode, this.agencyPath,
				this.submittedAt, this.submittedBy, this.publishedAt, this.updatedAt, this.updatedBy, this.sections,
				this.topics, this.correctionNote, this.scheduledFor, this.withdrawnAt, this.withdrawalReason,
				this.agencyTrail, views, this.archivedFrom);
	}

	/**
	 * One step of a region path.
	 *
	 * @param code the agency's unified code
	 * @param name its short name
	 */
	public record Crumb(String code, String name) {
	}

	public boolean isCorrection() {
		return this.editionNumber > 1;
	}

	public boolean editable() {
		return this.state.isEditable();
	}

	/**
	 * Parts that have text, as the public sees them.
	 */
	public List<SectionView> writtenSections() {
		return this.sections.stream().filter((s) -> s.characterCount() > 0).toList();
	}

	/**
	 * One part of the edition.
	 *
	 * @param kind part kind
	 * @param heading heading as written
	 * @param body body text exactly as saved
	 * @param paragraphs body split into paragraphs
	 * @param characterCount characters excluding whitespace
	 * @param status empty, in progress or complete
	 * @param updatedAt last saved
	 * @param updatedBy saved by
	 */
	public record SectionView(SectionKind kind, String heading, String body, List<String> paragraphs,
			int characterCount, PartStatus status, Instant updatedAt, String updatedBy) {

		static SectionView of(ReportSection section, int minPartLength) {
			int count = section.characterCount();
			PartStatus status = (count == 0) ? PartStatus.EMPTY
					: (count < minPartLength) ? PartStatus.IN_PROGRESS : PartStatus.COMPLETE;
			return new SectionView(section.getKind(), section.getHeading(), section.getBody(), section.paragraphs(),
					count, status, section.getUpdatedAt(), section.getUpdatedBy());
		}

	}

	/**
	 * How far a part has been written, for the clerk's task list.
	 */
	public enum PartStatus {

		EMPTY, IN_PROGRESS, COMPLETE

	}

}
