package org.fazhi.account;

import org.fazhi.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every sign-in, failed sign-in (form or HTTP Basic) and sign-out goes to the audit trail
 * with the client address, and feeds the {@link LoginThrottle}. Successful Basic requests
 * are not recorded one by one: each API call authenticates afresh.
 */
@Component
class LoginEvents {

	private final LoginThrottle throttle;

	private final AuditLog audit;

	LoginEvents(LoginThrottle throttle, AuditLog audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		this.throttle.failed(username, address(event.getAuthentication()));
		this.audit.security(username, "LOGIN_FAILURE",
				address(event.getAuthentication()) + " " + event.getException().getClass().getSimpleName());
	}

	@EventListener
	void succeeded(InteractiveAuthenticationSuccessEvent event) {
		this.throttle.succeeded(event.getAuthentication().getName());
		this.audit.security(event.getAuthentication().getName(), "LOGIN_SUCCESS", address(event.getAuthentication()));
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		this.audit.security(event.getAuthentication().getName(), "LOGOUT", address(event.getAuthentication()));
	}

	static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: "-";
	}

}
