package org.fazhi.account;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What about accounts needs an admin's attention: accounts locked after failed sign-ins
 * (often a person who forgot their password and is waiting), and how many people have not
 * yet replaced a password an admin set.
 */
@Component
public class AccountAlerts {

	private final UserAccountRepository accounts;

	private final LoginThrottle throttle;

	AccountAlerts(UserAccountRepository accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	/**
	 * The alerts.
	 *
	 * @param locked accounts locked now, by display name
	 * @param pendingPasswords enabled accounts still on a password someone else set
	 * @param disabled disabled accounts
	 */
	public record Alerts(List<String> locked, long pendingPasswords, long disabled) {
	}

	@Transactional(readOnly = true)
	public Alerts alerts() {
		List<UserAccount> all = this.accounts.findAll();
		List<String> locked = all.stream()
			.filter((account) -> this.throttle.isLocked(account.getUsername()))
			.map(UserAccount::getDisplayName)
			.sorted()
			.toList();
		long pending = all.stream().filter((a) -> a.isEnabled() && a.isMustChangePassword()).count();
		long disabled = all.stream().filter((a) -> !a.isEnabled()).count();
		return new Alerts(locked, pending, disabled);
	}

}
