package org.fazhi.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The body of every JSON API error.
 *
 * @param error a stable code for programs
 * @param message a sentence for people, in Chinese
 */
public record ApiError(String error, String message) {

	/**
	 * Whether a request is for the JSON API, which answers errors with this body rather
	 * than a page.
	 */
	static boolean answersFor(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
