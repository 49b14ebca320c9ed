package org.fazhi.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.audit.AuditLog;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in (the login form's POST, or any request carrying HTTP Basic
 * credentials) before the password is checked when {@link LoginThrottle} says so. The
 * form gets the same generic message whether or not the account exists; the API gets 429.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final ApiRefusal apiRefusal;

	/**
	 * @param apiRefusal writes the 429 body for a refused HTTP Basic request, in the
	 * API's error format
	 */
	public LoginThrottleFilter(LoginThrottle throttle, AuditLog audit, ApiRefusal apiRefusal) {
		this.throttle = throttle;
		this.audit = audit;
		this.apiRefusal = apiRefusal;
	}

	/**
	 * Writes the answer to an API client that must wait.
	 */
	@FunctionalInterface
	public interface ApiRefusal {

		void write(HttpServletResponse response) throws IOException;

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String basic = basicUsername(request);
		boolean form = "POST".equals(request.getMethod()) && "/login".equals(path(request));
		if (basic == null && !form) {
			chain.doFilter(request, response);
			return;
		}
		String username = (basic != null) ? basic : request.getParameter("username");
		Optional<LoginThrottle.Refusal> refusal = this.throttle.attempt(username, request.getRemoteAddr());
		if (refusal.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		this.audit.security(username, "LOGIN_BLOCKED", request.getRemoteAddr() + " " + refusal.get());
		if (basic != null) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, "900");
			this.apiRefusal.write(response);
			return;
		}
		response.sendRedirect(request.getContextPath() + "/login?locked");
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	static String basicUsername(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon >= 0) ? decoded.substring(0, colon) : decoded;
		}
		catch (IllegalArgumentException ex) {
			return "-";
		}
	}

}
