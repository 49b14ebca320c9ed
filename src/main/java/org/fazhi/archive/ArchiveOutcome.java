package org.fazhi.archive;

import java.io.Serializable;

/**
 * What became of one archived file.
 *
 * @param name the file's name (or the name given in the API request)
 * @param result imported, imported as a correction, or refused
 * @param reportId the report, when imported
 * @param agencyName the agency it was filed under, when matched
 * @param year the year reported on, when known
 * @param indexNumber 索引号, when imported
 * @param reason why it was refused, or what to check, as a sentence
 */
public record ArchiveOutcome(String name, Result result, Long reportId, String agencyName, Integer year,
		String indexNumber, String reason) implements Serializable {

	public enum Result {

		IMPORTED, CORRECTED, REFUSED

	}

	public boolean refused() {
		return this.result == Result.REFUSED;
	}

}
