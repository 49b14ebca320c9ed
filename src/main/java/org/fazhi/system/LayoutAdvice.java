package org.fazhi.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the reader's preferences, the current path (for
 * the links that change them and come back, and the error-report link) and who runs the
 * site.
 */
@ControllerAdvice
class LayoutAdvice {

	private final SiteIdentity site;

	LayoutAdvice(SiteIdentity site) {
		this.site = site;
	}

	/** Who runs the site, for the footer of every page. */
	@ModelAttribute("site")
	SiteIdentity site() {
		return this.site;
	}

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
