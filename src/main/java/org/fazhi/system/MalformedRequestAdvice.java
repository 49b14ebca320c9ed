package org.fazhi.system;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.DataBinder;
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

	/**
	 * The data binder also gives up with an IllegalStateException when a made-up nested
	 * name asks it to build a value it cannot ({@code topicIds[0].kind}: a property of a
	 * number). Only that case is a bad request; any other IllegalStateException is a bug.
	 */
	@ExceptionHandler(IllegalStateException.class)
	String binderGaveUp(IllegalStateException ex, HttpServletResponse response) {
		for (StackTraceElement frame : ex.getStackTrace()) {
			if (frame.getClassName().equals(DataBinder.class.getName())) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				return "error/4xx";
			}
		}
		throw ex;
	}

}
