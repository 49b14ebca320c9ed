package org.fazhi.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page, and the landing route that sends each role to its workspace.
 */
@Controller
class SignInController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/workspace")
	String workspace(@AuthenticationPrincipal CurrentUser user) {
		return (user != null && user.is(Role.CLERK)) ? "redirect:/filing" : "redirect:/review";
	}

}
