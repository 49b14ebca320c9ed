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
 * Removes invisible control characters (NUL and the other C0 controls except tab and line
 * breaks) from every request parameter before anything reads it. Nobody types them,
 * PostgreSQL refuses NUL in text, and they make a stored text display differently from
 * how it compares.
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
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (isControl(c)) {
				StringBuilder kept = new StringBuilder(value.length());
				for (int j = 0; j < value.length(); j++) {
					if (!isControl(value.charAt(j))) {
						kept.append(value.charAt(j));
					}
				}
				return kept.toString();
			}
		}
		return value;
	}

	private static boolean isControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
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
