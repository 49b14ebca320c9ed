package org.fazhi.system;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (the proxy's {@code X-Request-Id} when it sends a sane one),
 * puts it in the logging context so every log line of the request carries it, returns it
 * in the response, and logs one access line per request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final Log access = LogFactory.getLog("fazhi.access");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		String id = (given != null && SANE.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		long start = System.nanoTime();
		MDC.put(MDC_KEY, id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (access.isInfoEnabled() && !request.getRequestURI().startsWith("/actuator/")) {
				access.info(request.getMethod() + " " + request.getRequestURI() + " " + response.getStatus() + " "
						+ (System.nanoTime() - start) / 1_000_000 + "ms");
			}
			MDC.remove(MDC_KEY);
		}
	}

}
