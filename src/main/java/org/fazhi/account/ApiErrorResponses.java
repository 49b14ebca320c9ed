package org.fazhi.account;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.system.ApiError;
import org.fazhi.system.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 for the JSON API as {@link ApiError} bodies rather than a login page.
 */
@Component
class ApiErrorResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final Messages messages;

	private final JsonMapper json;

	ApiErrorResponses(Messages messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"fazhi\", charset=\"UTF-8\"");
		write(response, HttpServletResponse.SC_UNAUTHORIZED,
				new ApiError("unauthorized", text("api.error.unauthorized")));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		// A missing CSRF token is found before anyone is authenticated; to a caller who
		// is not signed in at all the useful answer is "sign in", not "forbidden".
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || current instanceof AnonymousAuthenticationToken) {
			commence(request, response, null);
			return;
		}
		write(response, HttpServletResponse.SC_FORBIDDEN, new ApiError("forbidden", text("api.error.forbidden")));
	}

	/**
	 * The body for a sign-in refused by the throttle (status and Retry-After are set by
	 * the caller).
	 */
	void tooManyAttempts(HttpServletResponse response) throws IOException {
		write(response, response.getStatus(), new ApiError("too_many_attempts", text("login.locked")));
	}

	/**
	 * A signed-in program whose account must first change its password (set by an admin).
	 */
	void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) {
		try {
			write(response, HttpServletResponse.SC_FORBIDDEN,
					new ApiError("password_change_required", text("api.error.passwordChangeRequired")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(HttpServletResponse response, int status, ApiError error) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.json.writeValueAsString(error));
	}

	private String text(String key) {
		return this.messages.text(key);
	}

}
