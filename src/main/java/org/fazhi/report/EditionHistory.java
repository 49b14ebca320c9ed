package org.fazhi.report;

import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.springframework.stereotype.Component;

/**
 * Puts what happens to an edition on the audit trail: transitions, saves, remarks. Each
 * entry names its subject by a code ({@link #METADATA}, a part kind …) that pages show in
 * Chinese, and keeps only people's own words (a reason, a remark) as free text.
 */
@Component
public class EditionHistory {

	/** The report's metadata and topics were saved. */
	public static final String METADATA = "METADATA";

	/** A document was imported into the draft. */
	public static final String IMPORT = "IMPORT";

	/** Published after the reviewer confirmed the secrecy review. */
	public static final String SECRECY_REVIEWED = "SECRECY_REVIEWED";

	/** Published by the scheduler at the time the reviewer chose. */
	public static final String SCHEDULED_PUBLICATION = "SCHEDULED_PUBLICATION";

	/** Scheduled after the secrecy review; the detail is the time, yyyy-MM-dd HH:mm. */
	public static final String SCHEDULE_AT = "SCHEDULE_AT";

	/** A correction was started; the detail is the number of the edition it corrects. */
	public static final String CORRECTS = "CORRECTS";

	/** Backfilled from an archive; the detail is where it came from. */
	public static final String ARCHIVED_FROM = "ARCHIVED_FROM";

	/** A resubmission; the detail is the clerk's 修改说明. */
	public static final String CHANGE_NOTE = "CHANGE_NOTE";

	/** Written by the demo data on first start. */
	public static final String DEMO = "DEMO";

	private final AuditLog audit;

	EditionHistory(AuditLog audit) {
		this.audit = audit;
	}

	/**
	 * A move of the edition ({@code action} a workflow verb or {@code CREATE},
	 * {@code CORRECT}, {@code REMARK} …), in the transaction that makes it.
	 */
	public void transition(String actor, ReportEdition edition, String action, EditionState from) {
		transition(actor, edition, action, from, null, null);
	}

	/**
	 * A move with what it concerned and, where a person wrote something, their words.
	 */
	public void transition(String actor, ReportEdition edition, String action, EditionState from, String subject,
			String detail) {
		this.audit.record(new AuditRecord(actor, action, edition.getReport().getId(), edition.getId(),
				(from != null) ? from.name() : null, edition.getState().name(), subject, detail));
	}

	/**
	 * A save of {@code subject}: a part kind's name, {@link #METADATA} or
	 * {@link #IMPORT}.
	 */
	public void saved(String actor, ReportEdition edition, String subject) {
		this.audit.record(new AuditRecord(actor, "SAVE", edition.getReport().getId(), edition.getId(), null, null,
				subject, null));
	}

}
