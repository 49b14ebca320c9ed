package org.fazhi.filing;

import jakarta.validation.constraints.NotNull;

/**
 * The year of the report to start, and what to take over from last year's published
 * report.
 *
 * @param year report year
 * @param basis start empty, or from last year's headings, or from its full text
 */
record NewReportForm(@NotNull Integer year, StartBasis basis) {

	StartBasis basisOrEmpty() {
		return (this.basis != null) ? this.basis : StartBasis.EMPTY;
	}

	/**
	 * What a new report takes over from last year's published report.
	 */
	enum StartBasis {

		/** Standard title, headings and metadata; empty parts. */
		EMPTY,
		/** Last year's metadata and headings (years moved on by one); empty parts. */
		HEADINGS,
		/** Last year's metadata, headings and text, to be rewritten. */
		FULL

	}

}
