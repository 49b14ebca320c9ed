package org.fazhi.filing;

/**
 * The editor script's answer to an autosave.
 *
 * @param saved whether the part was saved
 * @param version the edition's version after saving (the form must carry it next time)
 * @param savedAt time of saving, for display
 * @param reason why nothing was saved: {@code conflict}, {@code notEditable} or
 * {@code invalid}
 * @param message a sentence for the user when nothing was saved
 */
record AutosaveResult(boolean saved, Long version, String savedAt, String reason, String message) {

	static AutosaveResult saved(long version, String savedAt) {
		return new AutosaveResult(true, version, savedAt, null, null);
	}

	static AutosaveResult refused(String reason, String message) {
		return new AutosaveResult(false, null, null, reason, message);
	}

}
