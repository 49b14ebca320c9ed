package org.fazhi.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over the limit never reaches a controller; answer it here: 413 JSON for the
 * API, and for pages a redirect back to the form with the reason.
 */
@ControllerAdvice
class UploadLimitAdvice {

	private final Messages messages;

	UploadLimitAdvice(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
		return refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "payload_too_large", "upload.tooLarge");
	}

	@ExceptionHandler(MultipartException.class)
	Object broken(HttpServletRequest request, HttpServletResponse response) {
		return refuse(request, response, HttpStatus.BAD_REQUEST, "bad_request", "upload.broken");
	}

	private Object refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String key) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (ApiError.answersFor(request)) {
			return ResponseEntity.status(status).body(new ApiError(code, this.messages.text(key)));
		}
		RequestContextUtils.getOutputFlashMap(request).put("flashError", key);
		RequestContextUtils.saveOutputFlashMap(path, request, response);
		return "redirect:" + path;
	}

}
