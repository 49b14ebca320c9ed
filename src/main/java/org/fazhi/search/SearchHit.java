package org.fazhi.search;

import java.time.Instant;

/**
 * One result line.
 *
 * @param reportId report to link to
 * @param title report title
 * @param agencyName publishing agency
 * @param agencyPath region path of the agency
 * @param year report year
 * @param publishedAt publication time
 * @param snippet text around the first match
 */
public record SearchHit(Long reportId, String title, String agencyName, String agencyPath, int year,
		Instant publishedAt, Snippet snippet) {
}
