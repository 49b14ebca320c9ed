package org.fazhi.report;

import org.fazhi.system.NotFoundException;

/**
 * No edition or report the current user may see has that id; answered with 404 so that
 * the existence of other agencies' drafts is not revealed.
 */
public class EditionNotFoundException extends NotFoundException {

	public EditionNotFoundException(Long id) {
		super("edition or report", id);
	}

}
