package org.fazhi.disclosure;

import java.time.Instant;

/**
 * One line in a list of publications.
 *
 * @param reportId report to link to
 * @param title title
 * @param agencyName publishing agency
 * @param year report year
 * @param publishedAt publication time
 */
record PublicationRow(Long reportId, String title, String agencyName, int year, Instant publishedAt) {
}
