package org.fazhi.account;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.system.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's users: the list, one new account, and a confirm page before a password
 * reset or a disable (both end the user's sessions at once); unlock is harmless and
 * immediate.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final AccountChanges changes;

	private final UserAccountRepository accounts;

	private final AgencyRepository agencies;

	private final LoginThrottle throttle;

	UserAdminController(AccountChanges changes, UserAccountRepository accounts, AgencyRepository agencies,
			LoginThrottle throttle) {
		this.changes = changes;
		this.accounts = accounts;
		this.agencies = agencies;
		this.throttle = throttle;
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
	 * @param mustChangePassword has not yet replaced a password an admin set
	 */
	record UserRow(Long id, String username, String displayName, Role role, String agency, boolean enabled,
			boolean locked, boolean mustChangePassword) {
	}

	@GetMapping
	String users(Model model) {
		List<UserRow> rows = this.accounts.findAllWithAgency()
			.stream()
			.sorted(Comparator.comparing(UserAccount::getRole).thenComparing(UserAccount::getUsername))
			.map((account) -> new UserRow(account.getId(), account.getUsername(), account.getDisplayName(),
					account.getRole(), (account.getAgency() != null) ? account.getAgency().getFullName() : null,
					account.isEnabled(), this.throttle.isLocked(account.getUsername()), account.isMustChangePassword()))
			.toList();
		model.addAttribute("users", rows);
		return "admin/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("newUserForm", NewUserForm.blank());
		return newUserPage(model);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser admin, @Valid NewUserForm newUserForm, BindingResult result,
			Model model, HttpServletResponse response) {
		if (!result.hasErrors()) {
			AccountChanges.Created created = this.changes.create(admin, newUserForm);
			created.problems()
				.forEach((problem) -> result.rejectValue(problem.field(), problem.code(),
						(problem.argument() != null) ? new Object[] { problem.argument() } : null, null));
			if (!result.hasErrors()) {
				// The password is shown on this response only, never stored or
				// redirected.
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				model.addAttribute("account", created.account());
				model.addAttribute("password", created.generatedPassword());
				model.addAttribute("created", true);
				return "admin/user-password";
			}
		}
		return newUserPage(model);
	}

	private String newUserPage(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("townships", this.agencies.findByLevelOrderByIdAsc(AgencyLevel.TOWNSHIP));
		model.addAttribute("counties", this.agencies.findByLevelOrderByIdAsc(AgencyLevel.COUNTY));
		return "admin/user-new";
	}

	@GetMapping("/{id}/password")
	String confirmReset(@PathVariable Long id, Model model) {
		return confirmPage(id, "reset", model);
	}

	@PostMapping("/{id}/password")
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

	@GetMapping("/{id}/enabled")
	String confirmEnabled(@PathVariable Long id,
			@RequestParam(name = "enabled", defaultValue = "false") boolean enabled, Model model) {
		return confirmPage(id, enabled ? "enable" : "disable", model);
	}

	@PostMapping("/{id}/enabled")
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

	@PostMapping("/{id}/unlock")
	String unlock(@AuthenticationPrincipal CurrentUser admin, @PathVariable Long id, RedirectAttributes redirect) {
		this.changes.unlock(admin, id);
		redirect.addFlashAttribute("flash", "flash.userUnlocked");
		return "redirect:/admin/users";
	}

	private String confirmPage(Long id, String action, Model model) {
		model.addAttribute("account", this.accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id)));
		model.addAttribute("action", action);
		return "admin/user-confirm";
	}

}
