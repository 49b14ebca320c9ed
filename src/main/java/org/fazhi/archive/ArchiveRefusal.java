package org.fazhi.archive;

/**
 * Why a file is not archived; rolls its transaction back.
 */
final class ArchiveRefusal extends RuntimeException {

	private final String agencyName;

	private final String key;

	private final transient Object[] arguments;

	/**
	 * @param agencyName the agency it was matched to, or {@code null}
	 * @param key message key of the reason
	 */
	ArchiveRefusal(String agencyName, String key, Object... arguments) {
		super(key, null, false, false);
		this.agencyName = agencyName;
		this.key = key;
		this.arguments = arguments;
	}

	String agencyName() {
		return this.agencyName;
	}

	String key() {
		return this.key;
	}

	Object[] arguments() {
		return this.arguments;
	}

}
