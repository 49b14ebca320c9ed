package org.fazhi.disclosure;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.search.PublicReportsChanged;
import org.fazhi.system.ReadingPreferences;
import org.fazhi.system.SiteVersion;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public home, browse, report and township pages as they were last rendered, for
 * readers who are not signed in: per address and reading preference, keyed by the site
 * version, answered before the session, security and rendering are reached. A copy is
 * dropped when the outbox tells this instance that what the public sees changed (on every
 * instance, whichever made the change), and in any case after
 * {@code fazhi.disclosure.page-cache} (30 s by default), so that the view count shown is
 * never far behind; a report page answered from here still counts its view.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class RenderedPageCache extends OncePerRequestFilter {

	/** Pages kept at most, the least recently read dropped first. */
	static final int MAX_PAGES = 2_000;

	/** A page larger than this is not kept (a very long report). */
	static final int MAX_PAGE_BYTES = 1024 * 1024;

	/** Longest query string a kept page may have: keys stay small. */
	static final int MAX_QUERY = 200;

	private static final Pattern REPORT = Pattern.compile("^/reports/(\\d{1,18})$");

	private static final Pattern AGENCY = Pattern.compile("^/agencies/[0-9A-Z]{18}$");

	/** Response headers that belong to one request, never replayed. */
	private static final Set<String> OWN_HEADERS = Set.of("set-cookie", "x-request-id", "date", "content-length",
			"transfer-encoding", "connection");

	/**
	 * One rendered page.
	 *
	 * @param headers its response headers (names as written)
	 * @param body its bytes
	 * @param etag its entity tag, or {@code null}
	 * @param until when it stops being answered
	 */
	private record Page(Map<String, List<String>> headers, byte[] body, String etag, Instant until) {
	}

	private final Map<String, Page> pages = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
			return size() > MAX_PAGES;
		}

	});

	private final SiteVersion site;

	private final ViewCounter views;

	private final Clock clock;

	private final Duration freshFor;

	RenderedPageCache(SiteVersion site, ViewCounter views, PageCacheSettings settings, Clock clock) {
		this.freshFor = settings.enabled() ? settings.pageCache() : Duration.ZERO;
		this.site = site;
		this.views = views;
		this.clock = clock;
	}

	/** Everything may have changed: drop every copy. */
	@EventListener
	void on(PublicReportsChanged change) {
		this.pages.clear();
	}

	/** Drops every copy (an agency or topic renamed on this instance, tests). */
	void clear() {
		this.pages.clear();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (this.freshFor.isZero() || !"GET".equals(request.getMethod())
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || hasSession(request)) {
			return true;
		}
		String query = request.getQueryString();
		if (query != null && query.length() > MAX_QUERY) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/") || path.equals("/browse") || REPORT.matcher(path).matches()
				|| AGENCY.matcher(path).matches());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		Instant now = this.clock.instant();
		Page page = this.pages.get(key);
		if (page != null && page.until().isAfter(now)) {
			replay(page, request, response);
			return;
		}
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		if (capture.getStatus() == HttpServletResponse.SC_OK && capture.getHeader(HttpHeaders.SET_COOKIE) == null
				&& capture.getContentSize() <= MAX_PAGE_BYTES && capture.getContentType() != null
				&& capture.getContentType().startsWith("text/html")) {
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String name : capture.getHeaderNames()) {
				if (!OWN_HEADERS.contains(name.toLowerCase())) {
					headers.put(name, new ArrayList<>(capture.getHeaders(name)));
				}
			}
			headers.put(HttpHeaders.CONTENT_TYPE, List.of(capture.getContentType()));
			this.pages.put(key, new Page(headers, capture.getContentAsByteArray(), capture.getHeader(HttpHeaders.ETAG),
					now.plus(this.freshFor)));
		}
		capture.copyBodyToResponse();
	}

	/**
	 * The copy, or 304 when the reader has it; a report page's view counted as the page
	 * would.
	 */
	private void replay(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		boolean notModified = page.etag() != null && page.etag().equals(match);
		page.headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		if (notModified) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		Matcher report = REPORT.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (report.matches()) {
			String agent = request.getHeader(HttpHeaders.USER_AGENT);
			this.views.record(Long.parseLong(report.group(1)), request.getRemoteAddr() + "|"
					+ ((agent != null) ? agent.substring(0, Math.min(agent.length(), 200)) : ""));
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	private String key(HttpServletRequest request) {
		String size = cookie(request, ReadingPreferences.SIZE_COOKIE);
		String care = cookie(request, ReadingPreferences.CARE_COOKIE);
		ReadingPreferences preferences = ReadingPreferences.of(size, care);
		String query = request.getQueryString();
		return request.getRequestURI() + ((query != null) ? "?" + query : "") + "|" + preferences.token() + "|"
				+ this.site.token();
	}

	private static boolean hasSession(HttpServletRequest request) {
		return cookie(request, "SESSION") != null;
	}

	private static String cookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (cookie.getName().equals(name)) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

}
