package org.fazhi.filing;

import jakarta.validation.constraints.NotNull;

/**
 * The year of the report to start, and what to take over from an earlier published
 * report.
 *
 * @param year report year
 * @param basis start empty, or from an earlier report's headings, or from its full text
 * @param sourceYear the published report to start from; last year's when not given
 */
record NewReportForm(@NotNull Integer year, StartBasis basis, Integer sourceYear) {

	StartBasis basisOrEmpty() {
		return (this.basis != null) ? this.basis : StartBasis.EMPTY;
	}

	/**
	 * The year whose published report a HEADINGS or FULL start copies.
	 */
	int source() {
		return (this.sourceYear != null) ? this.sourceYear : this.year - 1;
	}

	/**
	 * What a new report takes over from an earlier published report.
	 */
	enum StartBasis {

		/** Standard title, headings and metadata; empty parts. */
		EMPTY,
		/** The earlier report's metadata and headings (years moved on); empty parts. */
		HEADINGS,
		/** The earlier report's metadata, headings and text, to be rewritten. */
		FULL

	}

}
