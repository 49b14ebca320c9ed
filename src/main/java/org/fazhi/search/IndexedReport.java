package org.fazhi.search;

import java.time.Instant;
import java.util.List;

/**
 * What the index holds about one published report: the text to match and the fields a
 * result line, a filter or a facet needs.
 *
 * @param reportId report id, the document's identity
 * @param editionId the published edition indexed
 * @param title title
 * @param agencyName publishing agency's full name
 * @param agencyPath short names from province down to the agency
 * @param regions the agency and its ancestors as (level, unified code)
 * @param year report year
 * @param publishedAt publication time of the edition
 * @param topicIds ids of the edition's topics
 * @param sections the parts' headings and bodies
 */
record IndexedReport(Long reportId, Long editionId, String title, String agencyName, String agencyPath,
		List<Region> regions, int year, Instant publishedAt, List<String> topicIds, List<Part> sections) {

	/**
	 * One level of the region path.
	 *
	 * @param level PROVINCE, CITY, COUNTY or TOWNSHIP
	 * @param code unified social credit code
	 */
	record Region(String level, String code) {
	}

	/**
	 * One part of the report as indexed.
	 *
	 * @param kind the part's kind name
	 * @param heading heading as written
	 * @param body body text
	 */
	record Part(String kind, String heading, String body) {
	}
}
