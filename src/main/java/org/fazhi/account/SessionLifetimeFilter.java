package org.fazhi.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session timeout: however active, a session ends this long after sign-in
 * (the idle timeout is {@code spring.session.timeout}). The request then goes on as
 * anonymous, so a protected page asks for the password again.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	private final Duration absolute;

	private final Clock clock;

	SessionLifetimeFilter(Duration absolute, Clock clock) {
		this.absolute = absolute;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && this.clock.millis() - session.getCreationTime() > this.absolute.toMillis()) {
			session.invalidate();
			SecurityContextHolder.clearContext();
		}
		chain.doFilter(request, response);
	}

}
