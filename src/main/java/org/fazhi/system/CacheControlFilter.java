package org.fazhi.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Default caching: pages for signed-in users and all non-GET answers are never stored;
 * public pages may be kept but must be revalidated (ETag / Last-Modified answer 304).
 * Handlers and static resources set their own headers where they know better. Runs after
 * Spring Security, whose blanket no-store is switched off in favour of this.
 */
public class CacheControlFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
		if (signedIn || !"GET".equals(request.getMethod())) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		else {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			// Text size and elderly mode come from cookies and change the page.
			response.addHeader(HttpHeaders.VARY, "Cookie");
		}
		chain.doFilter(request, response);
	}

}
