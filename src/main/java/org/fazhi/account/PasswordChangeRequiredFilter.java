package org.fazhi.account;

import java.io.IOException;
import java.util.List;
import java.util.function.BiConsumer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password an admin set (a new account, a reset) or an import generated must
 * choose their own before anything else: pages send them to the password form, the API
 * refuses them. Someone else knows that password, so nothing done with it is theirs.
 */
public class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	/** What such a user may still reach: the form itself, signing out, static files. */
	private static final List<String> OPEN = List.of("/account/password", "/logout", "/assets/", "/error",
			"/favicon.ico");

	private final BiConsumer<HttpServletRequest, HttpServletResponse> refuse;

	/**
	 * @param refuse how to answer a request that may not go on; null to redirect to the
	 * password form
	 */
	public PasswordChangeRequiredFilter(BiConsumer<HttpServletRequest, HttpServletResponse> refuse) {
		this.refuse = refuse;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (auth != null && auth.getPrincipal() instanceof CurrentUser user && user.mustChangePassword()
				&& OPEN.stream().noneMatch(path::startsWith)) {
			if (this.refuse != null) {
				this.refuse.accept(request, response);
			}
			else {
				response.sendRedirect(request.getContextPath() + "/account/password");
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
