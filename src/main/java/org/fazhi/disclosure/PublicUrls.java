package org.fazhi.disclosure;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs for feeds, sitemaps and the API: {@code fazhi.public-url} when set
 * (behind a proxy), otherwise the address the request came in on.
 */
@Component
class PublicUrls {

	private final String configured;

	PublicUrls(@Value("${fazhi.public-url:}") String configured) {
		this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
	}

	String base(HttpServletRequest request) {
		if (!this.configured.isEmpty()) {
			return this.configured;
		}
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}

}
