package org.fazhi.review;

import java.time.Instant;

import org.fazhi.report.EditionState;

/**
 * One line of the review queue.
 *
 * @param editionId edition to open
 * @param agencyName township
 * @param year report year
 * @param title title
 * @param state state
 * @param submittedAt when it was submitted
 * @param submittedBy who submitted it
 */
record QueueRow(Long editionId, String agencyName, int year, String title, EditionState state, Instant submittedAt,
		String submittedBy) {
}
