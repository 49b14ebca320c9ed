package org.fazhi.system;

/**
 * The API's error codes by HTTP status: one table, so every error the API gives has the
 * same {@code {"error", "message"}} shape whichever part of the stack answers it.
 */
final class ApiErrors {

	private ApiErrors() {
	}

	static String code(int status) {
		return switch (status) {
			case 400 -> "bad_request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not_found";
			case 405 -> "method_not_allowed";
			case 406 -> "not_acceptable";
			case 413 -> "payload_too_large";
			case 415 -> "unsupported_media_type";
			case 429 -> "too_many_requests";
			case 503 -> "unavailable";
			default -> (status >= 500) ? "internal_error" : "bad_request";
		};
	}

}
