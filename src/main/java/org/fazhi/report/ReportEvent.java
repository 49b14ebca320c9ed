package org.fazhi.report;

/**
 * Something happened to a report that people should hear about. Published inside the
 * verb's transaction; listeners (notifications) act after commit.
 *
 * @param kind what happened
 * @param reportId the report
 * @param editionId the edition concerned
 * @param townshipId the township whose report it is
 * @param actor who did it
 * @param detail a reason, when there is one
 * @param remarks how many remarks on parts came with a return
 */
public record ReportEvent(Kind kind, Long reportId, Long editionId, Long townshipId, String actor, String detail,
		long remarks) {

	/**
	 * The events people are told about.
	 */
	public enum Kind {

		SUBMITTED, RESUBMITTED, RETURNED, SCHEDULED, PUBLISHED, WITHDRAWN

	}

	public static ReportEvent of(Kind kind, ReportEdition edition, String actor, String detail) {
		return new ReportEvent(kind, edition.getReport().getId(), edition.getId(),
				edition.getReport().getAgency().getId(), actor, detail, 0);
	}

	/**
	 * A return, with its reason and the remarks on parts made in the same review: the
	 * township hears about them together, once.
	 */
	public static ReportEvent returned(ReportEdition edition, String actor, String reason, long remarks) {
		return new ReportEvent(Kind.RETURNED, edition.getReport().getId(), edition.getId(),
				edition.getReport().getAgency().getId(), actor, reason, remarks);
	}

}
