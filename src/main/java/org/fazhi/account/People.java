package org.fazhi.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * People's names for pages ({@code ${@people.name(e.actor)}}): every page shows who did
 * something by the name colleagues know (张三), never by the login id the trail records. An
 * in-memory copy of the few thousand accounts, reloaded after a short time or when an
 * account is created or renamed.
 */
@Component("people")
public class People {

	/** How stale the copy may get before it is reloaded. */
	private static final Duration TTL = Duration.ofMinutes(5);

	private final UserAccountRepository accounts;

	private final Clock clock;

	private volatile Snapshot snapshot;

	private record Snapshot(Map<String, String> names, Instant loadedAt) {
	}

	People(UserAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The display name of the account with this user name; the user name itself only for
	 * an account that no longer exists, and an empty string for none.
	 */
	public String name(String username) {
		if (username == null || username.isBlank() || "-".equals(username)) {
			return "";
		}
		return current().names().getOrDefault(username, username);
	}

	/**
	 * Forgets the copy once the current transaction commits (at once outside one).
	 */
	void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					People.this.snapshot = null;
				}
			});
		}
		else {
			this.snapshot = null;
		}
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		if (current == null || current.loadedAt().plus(TTL).isBefore(this.clock.instant())) {
			Map<String, String> names = new HashMap<>();
			for (Object[] row : this.accounts.findAllNames()) {
				names.put((String) row[0], (String) row[1]);
			}
			current = new Snapshot(Map.copyOf(names), this.clock.instant());
			this.snapshot = current;
		}
		return current;
	}

}
