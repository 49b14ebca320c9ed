package org.fazhi.report;

/**
 * Where an edition stands in its lifecycle; the legal moves between states are listed in
 * {@link ReportWorkflow}.
 */
public enum EditionState {

	DRAFT, SUBMITTED, RETURNED, SCHEDULED, PUBLISHED, WITHDRAWN, SUPERSEDED,

	/**
	 * Where a discarded edition goes: it is deleted in the same transaction, so this
	 * state is never stored (the database does not accept it).
	 */
	DISCARDED;

	/**
	 * Whether the clerk may still change the text.
	 */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/**
	 * Whether the edition has not reached the public yet; a report has at most one such
	 * edition at a time.
	 */
	public boolean isOpen() {
		return this == DRAFT || this == SUBMITTED || this == RETURNED || this == SCHEDULED;
	}

}
