package org.fazhi.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing the current user may see goes by that address: an edition, a report, a region,
 * an agency, a user, a topic, a page of a list. Answered with 404, so that what exists
 * but is not the user's to see is not revealed either.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		// No stack trace: this is an answer, not a fault.
		super("No visible " + what + " " + id, null, false, false);
	}

}
