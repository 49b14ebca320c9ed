package org.fazhi.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.audit.AuditLog;
import org.fazhi.system.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts created (by the admin's form or a bulk import) and changed after they exist: a
 * user's own password change, and an admin's reset, disable and unlock. A reset or a
 * disable also ends every session the user has, so that whoever holds one is out at once.
 */
@Service
class AccountChanges {

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final AgencyRepository agencies;

	private final People people;

	private final Clock clock;

	AccountChanges(UserAccountRepository accounts, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit,
			FindByIndexNameSessionRepository<? extends Session> sessions, AgencyRepository agencies, People people,
			Clock clock) {
		this.agencies = agencies;
		this.people = people;
		this.clock = clock;
		this.accounts = accounts;
		this.encoder = encoder;
		this.throttle = throttle;
		this.audit = audit;
		this.sessions = sessions;
	}

	/**
	 * @return why the change was refused, as a message key, or empty when done
	 */
	@Transactional
	Optional<String> changeOwnPassword(CurrentUser user, String current, String next) {
		UserAccount account = this.accounts.findById(user.id()).orElseThrow();
		if (current == null || !this.encoder.matches(current, account.getPasswordHash())) {
			return Optional.of("password.currentWrong");
		}
		Optional<String> problem = PasswordRules.problem(account.getUsername(), next);
		if (problem.isPresent()) {
			return problem;
		}
		if (this.encoder.matches(next, account.getPasswordHash())) {
			return Optional.of("password.same");
		}
		account.changePassword(this.encoder.encode(next));
		this.audit.security(account.getUsername(), "PASSWORD_CHANGED", null);
		return Optional.empty();
	}

	/**
	 * @return the new password, to be shown once
	 */
	@Transactional
	String resetPassword(CurrentUser admin, Long userId) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
		String password = PasswordRules.generate();
		account.setTemporaryPassword(this.encoder.encode(password));
		this.throttle.unlock(account.getUsername());
		this.audit.security(admin.getUsername(), "PASSWORD_RESET", "user=" + account.getUsername());
		endSessions(account.getUsername());
		return password;
	}

	/**
	 * The result of creating an account.
	 *
	 * @param problems what is wrong (then nothing was created)
	 * @param account the new account
	 * @param generatedPassword the password to show once, or {@code null} when the admin
	 * chose it
	 */
	record Created(List<AccountRules.Problem> problems, UserAccount account, String generatedPassword) {
	}

	/**
	 * A new account from the admin's form: checked as a whole, its password generated
	 * unless given, to be changed by its owner at first sign-in, and audited.
	 */
	@Transactional
	Created create(CurrentUser admin, NewUserForm form) {
		String username = (form.username() != null) ? form.username().strip() : null;
		boolean agencyGiven = form.agencyCode() != null && !form.agencyCode().isBlank();
		Optional<Agency> agency = agencyGiven ? this.agencies.findByUnifiedCode(form.agencyCode().strip())
				: Optional.empty();
		List<AccountRules.Problem> problems = AccountRules.problems(username, form.displayName(), form.role(),
				username != null && this.accounts.findByUsername(username).isPresent(), agency, agencyGiven,
				form.password());
		if (!problems.isEmpty()) {
			return new Created(problems, null, null);
		}
		boolean generate = form.password() == null || form.password().isEmpty();
		String password = generate ? PasswordRules.generate() : form.password();
		UserAccount account = add(admin.getUsername(), username, form.displayName().strip(), form.role(),
				agency.orElse(null), password);
		return new Created(List.of(), account, generate ? password : null);
	}

	/**
	 * Saves and audits a new account already checked (by the form's checks above or a
	 * bulk import's): the one way an account comes into being. Its password is temporary,
	 * to be changed by its owner at first sign-in.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	UserAccount add(String actor, String username, String displayName, Role role, Agency agency, String password) {
		UserAccount account = new UserAccount(username, displayName, null, role, agency, this.clock.instant());
		account.setTemporaryPassword(this.encoder.encode(password));
		this.accounts.save(account);
		this.audit.security(actor, "ACCOUNT_CREATED",
				"user=" + username + " role=" + role + ((agency != null) ? " agency=" + agency.getUnifiedCode() : ""));
		this.people.changed();
		return account;
	}

	@Transactional
	void setEnabled(CurrentUser admin, Long userId, boolean enabled) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
		if (account.getId().equals(admin.id()) && !enabled) {
			throw new IllegalArgumentException("An admin cannot disable their own account");
		}
		account.setEnabled(enabled);
		this.audit.security(admin.getUsername(), enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED",
				"user=" + account.getUsername());
		if (!enabled) {
			endSessions(account.getUsername());
		}
	}

	@Transactional
	void unlock(CurrentUser admin, Long userId) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
		this.throttle.unlock(account.getUsername());
		this.audit.security(admin.getUsername(), "ACCOUNT_UNLOCKED", "user=" + account.getUsername());
	}

	private void endSessions(String username) {
		this.sessions.findByPrincipalName(username).keySet().forEach(this.sessions::deleteById);
	}

}
