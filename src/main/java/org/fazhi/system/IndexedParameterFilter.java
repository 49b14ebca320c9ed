package org.fazhi.system;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400, a request whose parameter names index a list in a way no page of
 * ours does ({@code chunks[256]}, {@code chunks[abc]}, {@code topicIds[-1]}): the data
 * binder would otherwise try to grow a list to that size or fail inside. Our forms index
 * at most {@link #MAX_INDEX} rows (an import preview's parts).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class IndexedParameterFilter extends OncePerRequestFilter {

	/** Highest list index a form of ours sends (an import has at most 60 parts). */
	static final int MAX_INDEX = 100;

	private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (String name : request.getParameterMap().keySet()) {
			if (!acceptable(name)) {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	static boolean acceptable(String name) {
		Matcher index = INDEX.matcher(name);
		while (index.find()) {
			String value = index.group(1);
			if (!value.matches("\\d{1,3}") || Integer.parseInt(value) > MAX_INDEX) {
				return false;
			}
		}
		// A bracket left over after the indexes is a name no form of ours sends.
		String rest = INDEX.matcher(name).replaceAll("");
		return rest.indexOf('[') < 0 && rest.indexOf(']') < 0;
	}

}
