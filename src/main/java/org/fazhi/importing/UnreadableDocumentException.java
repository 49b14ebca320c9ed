package org.fazhi.importing;

import org.springframework.http.HttpStatus;

/**
 * An uploaded file or text that cannot be read as a report; {@code code} is a message key
 * suffix under {@code import.unreadable.}.
 */
public class UnreadableDocumentException extends RuntimeException {

	private final String code;

	UnreadableDocumentException(String code) {
		super(code);
		this.code = code;
	}

	UnreadableDocumentException(String code, Throwable cause) {
		super(code, cause);
		this.code = code;
	}

	/**
	 * Whether the request was made by hand rather than by a browser sending a real file
	 * (answered 400 rather than 422).
	 */
	public boolean isTampered() {
		return "badName".equals(this.code);
	}

	/**
	 * The HTTP status an API answers with: 413 too large, 400 made by hand, else 422.
	 */
	public HttpStatus status() {
		return "tooLarge".equals(this.code) ? HttpStatus.PAYLOAD_TOO_LARGE
				: isTampered() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
	}

	/** The reason code the API answers with (documented in the README). */
	public String code() {
		return this.code;
	}

	public String messageKey() {
		return "import.unreadable." + this.code;
	}

}
