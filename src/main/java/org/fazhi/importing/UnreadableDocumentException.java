package org.fazhi.importing;

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

	public String messageKey() {
		return "import.unreadable." + this.code;
	}

}
