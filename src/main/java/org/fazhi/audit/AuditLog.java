package org.fazhi.audit;

import java.time.Clock;

import org.fazhi.report.EditionState;
import org.fazhi.report.ReportEdition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

	AuditLog(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void transition(String actor, ReportEdition edition, String action, EditionState from, String detail) {
		this.events.save(new AuditEvent(this.clock.instant(), actor, action, edition.getReport().getId(),
				edition.getId(), (from != null) ? from.name() : null, edition.getState().name(), truncate(detail)));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void saved(String actor, ReportEdition edition, String what) {
		this.events.save(new AuditEvent(this.clock.instant(), actor, "SAVE", edition.getReport().getId(),
				edition.getId(), null, null, truncate(what)));
	}

	private static String truncate(String detail) {
		return (detail == null || detail.length() <= MAX_DETAIL) ? detail : detail.substring(0, MAX_DETAIL);
	}

}
