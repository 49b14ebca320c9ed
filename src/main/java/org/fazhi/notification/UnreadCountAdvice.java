package org.fazhi.notification;

import org.fazhi.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user's unread count into every page's model for the header.
 */
@ControllerAdvice
class UnreadCountAdvice {

	private final Inbox inbox;

	UnreadCountAdvice(Inbox inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute("unreadCount")
	Long unreadCount(@AuthenticationPrincipal CurrentUser user) {
		return (user != null) ? this.inbox.unread(user.getUsername()) : null;
	}

}
