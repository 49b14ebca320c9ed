package org.fazhi.notification;

import org.fazhi.account.CurrentUser;
import org.fazhi.system.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's inbox.
 */
@Controller
@RequestMapping("/inbox")
class InboxController {

	private final Inbox inbox;

	InboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	String inbox(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("notifications", this.inbox.latest(user.getUsername()));
		return "notification/inbox";
	}

	/**
	 * Marks the notification read and goes where it points (POST, since it changes
	 * state).
	 */
	@PostMapping("/{id}")
	String open(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		String link = this.inbox.open(user.getUsername(), id)
			.orElseThrow(() -> new NotFoundException("notification", id));
		// Links are written by the application itself; only ever follow a local path.
		return "redirect:" + ((link != null && link.startsWith("/") && !link.startsWith("//")) ? link : "/inbox");
	}

	@PostMapping("/read-all")
	String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.inbox.markAllRead(user.getUsername());
		redirect.addFlashAttribute("flash", "flash.allRead");
		return "redirect:/inbox";
	}

}
