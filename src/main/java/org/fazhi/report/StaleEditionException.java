package org.fazhi.report;

/**
 * The edition changed since the user opened the form they are submitting (optimistic
 * locking); nothing was saved.
 */
public class StaleEditionException extends RuntimeException {

	public StaleEditionException(Long editionId) {
		super("Edition " + editionId + " changed since the form was opened");
	}

	/**
	 * Refuses the change when the version the form was opened with is not the current
	 * one.
	 */
	public static void check(ReportEdition edition, Long expectedVersion) {
		if (expectedVersion == null || edition.getVersion() != expectedVersion) {
			throw new StaleEditionException(edition.getId());
		}
	}

}
