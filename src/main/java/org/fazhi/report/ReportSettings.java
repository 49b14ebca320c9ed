package org.fazhi.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for report content.
 *
 * @param minPartLength characters a required part needs before it counts as written
 * @param maxPartLength most characters a part may hold
 * @param autosaveSeconds how often the editor saves the open part while it has changes
 */
@ConfigurationProperties("fazhi.report")
public record ReportSettings(int minPartLength, int maxPartLength, int autosaveSeconds) {

	/**
	 * Whether a part's body is within the limit: the one test every path that writes a
	 * part (the editor, autosave, import, archive backfill) applies.
	 */
	public boolean fits(String body) {
		return body == null || body.length() <= this.maxPartLength;
	}

}
