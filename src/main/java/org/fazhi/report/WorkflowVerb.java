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
	ARCHIVE,

	/**
	 * The clerk throws away a draft that never went to the county, or a correction that
	 * will not be made: the edition is deleted, and with it the report when nothing of it
	 * was ever published.
	 */
	DISCARD

}
