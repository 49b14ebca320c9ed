package org.fazhi.audit;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes audit events inside the caller's transaction, so an event exists exactly when
 * the change it describes was committed.
 */
@Service
public class AuditLog {

	/**
	 * Longest detail kept; a longer comment is stored in full elsewhere (e.g. remarks).
	 */
	private static final int MAX_DETAIL = 4000;

	private final AuditEventRepository events;

	private final Clock clock;

	private final AuditFile file;

	AuditLog(AuditEventRepository events, AuditFile file, Clock clock) {
		this.events = events;
		this.file = file;
		this.clock = clock;
	}

	/**
	 * A change to a report, in the transaction that makes it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditRecord record) {
		save(record);
	}

	/**
	 * A security event with no report: a sign-in, a failed one, a password change. Runs
	 * in its own transaction when the caller has none (sign-in happens outside any).
	 * @param actor the user name given, truncated (it may be anything a stranger typed)
	 * @param action e.g. {@code LOGIN_SUCCESS}
	 * @param detail client address and similar
	 */
	@Transactional
	public void security(String actor, String action, String detail) {
		save(AuditRecord.security(actor, action, detail));
	}

	/**
	 * Saves the event and, once the transaction has committed (so that the file never
	 * holds an event that was rolled back), appends it to the audit file.
	 */
	private void save(AuditRecord record) {
		String who = (record.actor() == null || record.actor().isBlank()) ? "-" : record.actor().strip();
		AuditEvent event = new AuditEvent(this.clock.instant(), (who.length() > 64) ? who.substring(0, 64) : who,
				record.action(), record.reportId(), record.editionId(), record.fromState(), record.toState(),
				record.subject(), truncate(record.detail()));
		this.events.save(event);
		Runnable log = () -> this.file.append(event.describe());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					log.run();
				}
			});
		}
		else {
			log.run();
		}
	}

	private static String truncate(String detail) {
		return (detail == null || detail.length() <= MAX_DETAIL) ? detail : detail.substring(0, MAX_DETAIL);
	}

}
