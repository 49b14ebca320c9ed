package org.fazhi.system;

/**
 * Whether a path a request carries (a page to go back to, a page a reader reports) is a
 * path on this site: never another host's address to be redirected or linked to.
 */
public final class LocalPath {

	private LocalPath() {
	}

	/**
	 * Starts with one slash ({@code //host} is another site to a browser), no backslash
	 * (which browsers read as a slash), no control characters.
	 */
	public static boolean isLocal(String path) {
		return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
				&& path.chars().noneMatch((c) -> c < 0x20);
	}

	/** The path when it is one on this site, else the home page. */
	public static String orHome(String path) {
		return isLocal(path) ? path : "/";
	}

}
