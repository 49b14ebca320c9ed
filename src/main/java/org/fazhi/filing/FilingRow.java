package org.fazhi.filing;

import java.time.Instant;

import org.fazhi.report.EditionState;

/**
 * One line of the clerk's list: a year's report, its newest edition and what happened
 * last.
 *
 * @param year report year
 * @param editionId newest edition
 * @param reportId report id
 * @param title title of the newest edition
 * @param state state of the newest edition
 * @param indexNumber 索引号, once published
 * @param updatedAt last change
 * @param submittedAt last submission
 * @param publishedAt publication of the newest edition
 * @param returnReason the reviewer's reason, when the edition was returned
 */
record FilingRow(int year, Long editionId, Long reportId, String title, EditionState state, String indexNumber,
		Instant updatedAt, Instant submittedAt, Instant publishedAt, String returnReason) {
}
