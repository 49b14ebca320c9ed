package org.fazhi.account;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A user's own password, and the admin's list of users with reset, disable and unlock.
 */
@Controller
class AccountController {

	private final AccountChanges changes;

	private final UserAccountRepository accounts;

	private final LoginThrottle throttle;

	AccountController(AccountChanges changes, UserAccountRepository accounts, LoginThrottle throttle) {
		this.changes = changes;
		this.accounts = accounts;
		this.throttle = throttle;
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
			RedirectAttributes redirect) {
		Optional<String> problem = (next == null || !next.equals(confirm)) ? Optional.of("password.mismatch")
				: this.changes.changeOwnPassword(user, current, next);
		if (problem.isPresent()) {
			model.addAttribute("problem", problem.get());
			return "account/password";
		}
		redirect.addFlashAttribute("flash", "flash.passwordChanged");
		return "redirect:/workspace";
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		List<UserRow> rows = this.accounts.findAllWithAgency()
			.stream()
			.sorted(Comparator.comparing(UserAccount::getRole).thenComparing(UserAccount::getUsername))
			.map((account) -> new UserRow(account.getId(), account.getUsername(), account.getDisplayName(),
					account.getRole(), (account.getAgency() != null) ? account.getAgency().getFullName() : null,
					account.isEnabled(), this.throttle.isLocked(account.getUsername())))
			.toList();
		model.addAttribute("users", rows);
		return "admin/users";
	}

	@PostMapping("/admin/users/{id}/password")
	String reset(@AuthenticationPrincipal CurrentUser admin, @PathVariable Long id, Model model,
			HttpServletResponse response) {
		String password = this.changes.resetPassword(admin, id);
		// Shown on this response only: never stored, never redirected through the
		// session.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("account", this.accounts.findById(id).orElseThrow());
		model.addAttribute("password", password);
		return "admin/user-password";
	}

	@PostMapping("/admin/users/{id}/enabled")
	String enable(@AuthenticationPrincipal CurrentUser admin, @PathVariable Long id,
			@RequestParam(name = "enabled", defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
		try {
			this.changes.setEnabled(admin, id, enabled);
			redirect.addFlashAttribute("flash", enabled ? "flash.userEnabled" : "flash.userDisabled");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("flashError", "flash.cannotDisableSelf");
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@AuthenticationPrincipal CurrentUser admin, @PathVariable Long id, RedirectAttributes redirect) {
		this.changes.unlock(admin, id);
		redirect.addFlashAttribute("flash", "flash.userUnlocked");
		return "redirect:/admin/users";
	}

	@ExceptionHandler(AccountChanges.UserNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/**
	 * One line of the users list.
	 *
	 * @param id account id
	 * @param username user name
	 * @param displayName name
	 * @param role role
	 * @param agency agency name
	 * @param enabled may sign in
	 * @param locked locked after failed sign-ins
	 */
	record UserRow(Long id, String username, String displayName, Role role, String agency, boolean enabled,
			boolean locked) {
	}

}
