package org.fazhi.filing;

import java.time.Instant;

import org.fazhi.report.EditionState;

/**
 * One line of the clerk's list: a year's report as the public sees it (published or
 * withdrawn, if it ever was) and the edition being worked on (a first draft, a returned
 * report, or a correction of the published one), if any.
 *
 * @param year report year
 * @param reportId report id
 * @param title title of the newest edition
 * @param indexNumber 索引号, once published
 * @param publicEditionId the published or withdrawn edition, or {@code null}
 * @param publicState PUBLISHED or WITHDRAWN, or {@code null}
 * @param publishedAt when that edition was published
 * @param openEditionId the edition being worked on or reviewed, or {@code null}
 * @param openState its state
 * @param correction whether it corrects the published report
 * @param updatedAt its last change
 * @param submittedAt its last submission
 * @param returnReason the reviewer's reason, when it was returned
 */
record FilingRow(int year, Long reportId, String title, String indexNumber, Long publicEditionId,
		EditionState publicState, Instant publishedAt, Long openEditionId, EditionState openState, boolean correction,
		Instant updatedAt, Instant submittedAt, String returnReason) {

	public boolean isPublished() {
		return this.publicState == EditionState.PUBLISHED;
	}

	public boolean isWithdrawn() {
		return this.publicState == EditionState.WITHDRAWN;
	}

	public boolean hasOpen() {
		return this.openEditionId != null;
	}

	/**
	 * The edition the title links to: the one being worked on, else the public one.
	 */
	public Long editionId() {
		return hasOpen() ? this.openEditionId : this.publicEditionId;
	}

	/**
	 * Whether a correction may be started: published, and nothing else under way.
	 */
	public boolean correctable() {
		return isPublished() && !hasOpen();
	}

}
