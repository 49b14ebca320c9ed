package org.fazhi.review;

import java.time.Instant;

import org.fazhi.assistant.AssessmentView;
import org.fazhi.report.EditionState;

/**
 * One line of the review queue.
 *
 * @param editionId edition to open
 * @param townshipId township
 * @param agencyName township's full name
 * @param year report year
 * @param title title
 * @param state state
 * @param correction whether it corrects a published report
 * @param submittedAt when it was last submitted
 * @param submittedBy who submitted it
 * @param scheduledFor when a scheduled edition will be published
 * @param firstSubmittedAt when this edition was first submitted: what "on time" is judged
 * by, here and on the compliance board
 * @param late whether that first submission came after the deadline (never for a
 * correction)
 */
record QueueRow(Long editionId, Long townshipId, String agencyName, int year, String title, EditionState state,
		boolean correction, Instant submittedAt, String submittedBy, Instant scheduledFor, Instant firstSubmittedAt,
		boolean late, AssessmentView assessment) {

	/**
	 * Whether it was submitted again after a return (the last submission is not the
	 * first).
	 */
	public boolean resubmitted() {
		return this.firstSubmittedAt != null && this.submittedAt != null
				&& this.submittedAt.isAfter(this.firstSubmittedAt);
	}

}
