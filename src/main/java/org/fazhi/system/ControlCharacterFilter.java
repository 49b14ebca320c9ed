package org.fazhi.system;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cleans every request parameter with {@link SafeText#clean} before anything reads it:
 * control characters, noncharacters and lone surrogates never reach a form, a query or
 * the database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ControlCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Cleaned(request), response);
	}

	static String clean(String value) {
		return SafeText.clean(value);
	}

	private static final class Cleaned extends HttpServletRequestWrapper {

		Cleaned(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return clean(super.getParameter(name));
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = super.getParameterValues(name);
			if (values == null) {
				return null;
			}
			String[] cleaned = new String[values.length];
			for (int i = 0; i < values.length; i++) {
				cleaned[i] = clean(values[i]);
			}
			return cleaned;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> cleaned = new LinkedHashMap<>();
			super.getParameterMap().forEach((name, values) -> cleaned.put(name, getParameterValues(name)));
			return Collections.unmodifiableMap(cleaned);
		}

	}

}
