package org.fazhi.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the reader's preferences and the current path (for
 * the links that change them and come back).
 */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("prefs")
	ReadingPreferences preferences(@CookieValue(name = ReadingPreferences.SIZE_COOKIE, required = false) String size,
			@CookieValue(name = ReadingPreferences.CARE_COOKIE, required = false) String care) {
		return ReadingPreferences.of(size, care);
	}

	@ModelAttribute("cspNonce")
	String cspNonce(HttpServletRequest request) {
		return ContentSecurityPolicy.nonce(request);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + ((query != null) ? "?" + query : "");
	}

}
