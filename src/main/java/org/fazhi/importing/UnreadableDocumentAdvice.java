package org.fazhi.importing;

import org.fazhi.system.ApiError;
import org.fazhi.system.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every API that reads an uploaded document (parse, checks) answers a document it cannot
 * read the same way: the reason code and its Chinese message, with 413, 400 or 422. Pages
 * catch the refusal themselves and show it beside the form.
 */
@RestControllerAdvice(annotations = RestController.class)
class UnreadableDocumentAdvice {

	private final Messages messages;

	UnreadableDocumentAdvice(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(UnreadableDocumentException.class)
	ResponseEntity<ApiError> unreadable(UnreadableDocumentException ex) {
		return ResponseEntity.status(ex.status()).body(new ApiError(ex.code(), this.messages.text(ex.messageKey())));
	}

}
