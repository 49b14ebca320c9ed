package org.fazhi.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No edition or report the current user may see has that id; answered with 404 so that
 * the existence of other agencies' drafts is not revealed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EditionNotFoundException extends RuntimeException {

	public EditionNotFoundException(Long id) {
		super("No visible edition or report " + id);
	}

}
