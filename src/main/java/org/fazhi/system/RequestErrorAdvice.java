package org.fazhi.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests Spring MVC itself refuses (no such path, a method or media type a route does
 * not take, a missing or unreadable parameter or body): the API answers them as
 * {@code {"error", "message"}}, pages with the error page for the status, instead of
 * Spring's defaults.
 */
@ControllerAdvice
class RequestErrorAdvice {

	private final Messages messages;

	RequestErrorAdvice(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	Object notFound(HttpServletRequest request, HttpServletResponse response) {
		return answer(HttpStatus.NOT_FOUND, request, response);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpServletRequest request, HttpServletResponse response) {
		return answer(HttpStatus.METHOD_NOT_ALLOWED, request, response);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object unsupported(HttpServletRequest request, HttpServletResponse response) {
		return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, request, response);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(HttpServletRequest request, HttpServletResponse response) {
		return answer(HttpStatus.NOT_ACCEPTABLE, request, response);
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
			MethodArgumentTypeMismatchException.class, HttpMessageNotReadableException.class })
	Object badRequest(HttpServletRequest request, HttpServletResponse response) {
		return answer(HttpStatus.BAD_REQUEST, request, response);
	}

	private Object answer(HttpStatus status, HttpServletRequest request, HttpServletResponse response) {
		if (ApiError.answersFor(request)) {
			String code = ApiErrors.code(status.value());
			return ResponseEntity.status(status)
				.body(new ApiError(code, this.messages.text("api.error.status." + code)));
		}
		response.setStatus(status.value());
		return ErrorPages.view(status.value());
	}

}
