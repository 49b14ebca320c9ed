package org.fazhi.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own password.
 */
@Controller
class AccountController {

	private final AccountChanges changes;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountController(AccountChanges changes) {
		this.changes = changes;
	}

	@GetMapping("/account/password")
	String passwordForm() {
		return "account/password";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "currentPassword", required = false) String current,
			@RequestParam(name = "newPassword", required = false) String next,
			@RequestParam(name = "confirmPassword", required = false) String confirm, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		Optional<String> problem = (next == null || !next.equals(confirm)) ? Optional.of("password.mismatch")
				: this.changes.changeOwnPassword(user, current, next);
		if (problem.isPresent()) {
			model.addAttribute("problem", problem.get());
			return "account/password";
		}
		if (user.mustChangePassword()) {
			// The session still holds the user as they signed in; from now on they are
			// free to work.
			CurrentUser updated = user.withOwnPassword();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
			SecurityContextHolder.setContext(context);
			this.contexts.saveContext(context, request, response);
		}
		redirect.addFlashAttribute("flash", "flash.passwordChanged");
		return "redirect:/workspace";
	}

}
