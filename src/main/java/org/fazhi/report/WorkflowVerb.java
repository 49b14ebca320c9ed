package org.fazhi.report;

/**
 * The actions that move an edition between states.
 */
public enum WorkflowVerb {

	SUBMIT, RETURN, SCHEDULE, UNSCHEDULE, PUBLISH, WITHDRAW, SUPERSEDE,

	/**
	 * An admin backfills a report that was published elsewhere in a past year: the draft
	 * built from the archived text goes straight to published, keeping its original
	 * publication date.
	 */
	ARCHIVE

}
