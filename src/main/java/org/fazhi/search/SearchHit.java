package org.fazhi.search;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One result line.
 *
 * @param reportId report to link to (the JSON API calls it {@code id}, as in the report
 * API)
 * @param title report title
 * @param agencyName publishing agency
 * @param agencyPath region path of the agency
 * @param year report year
 * @param publishedAt publication time
 * @param parts the parts that matched, each with a highlighted snippet
 */
public record SearchHit(@JsonProperty("id") Long reportId, String title, String agencyName, String agencyPath, int year,
		Instant publishedAt, List<PartHit> parts) {

	/**
	 * A part that matched.
	 *
	 * @param kind the part's kind name
	 * @param snippet text around the matches, marked
	 */
	public record PartHit(String kind, List<Snippet> snippet) {
	}

	/**
	 * A run of snippet text, marked when it matched.
	 *
	 * @param text the text
	 * @param match whether it matched the query
	 */
	public record Snippet(String text, boolean match) {
	}

}
