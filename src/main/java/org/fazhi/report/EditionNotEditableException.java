package org.fazhi.report;

/**
 * Text was changed on an edition that is no longer a draft or returned.
 */
public class EditionNotEditableException extends IllegalStateException {

	public EditionNotEditableException(EditionState state) {
		super("Edition is " + state + " and cannot be edited");
	}

}
