package org.fazhi.audit;

/**
 * One thing to put on the audit trail, in plain values so that the trail depends on no
 * feature that writes to it.
 *
 * @param actor who did it (a user name, or {@code -} when nobody is signed in)
 * @param action what was done, e.g. {@code SUBMIT} or {@code LOGIN_FAILURE}
 * @param reportId the report concerned, or {@code null}
 * @param editionId the edition concerned, or {@code null}
 * @param fromState the edition's state before, or {@code null}
 * @param toState the edition's state after, or {@code null}
 * @param subject what the action concerned as a code pages name in Chinese (a part kind,
 * {@code METADATA}), or {@code null}
 * @param detail words a person wrote (a reason, a remark) or a value (an address, a
 * time), or {@code null}
 */
public record AuditRecord(String actor, String action, Long reportId, Long editionId, String fromState, String toState,
		String subject, String detail) {

	/**
	 * A security event with no report: a sign-in, a failed one, a password change.
	 */
	public static AuditRecord security(String actor, String action, String detail) {
		return new AuditRecord(actor, action, null, null, null, null, null, detail);
	}

}
