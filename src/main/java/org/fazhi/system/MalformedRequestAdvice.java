package org.fazhi.system;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Requests no page of ours could have sent (parameter names with made-up nesting such as
 * {@code topicIds[0].x}) are answered 400 with the ordinary error page, not 500.
 */
@ControllerAdvice
class MalformedRequestAdvice {

	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String malformed() {
		return "error/4xx";
	}

}
