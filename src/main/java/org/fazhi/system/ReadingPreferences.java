package org.fazhi.system;

/**
 * The reader's text size and elderly mode (适老模式), remembered in cookies so that they hold
 * across pages without an account and work without JavaScript.
 *
 * @param size text size
 * @param care elderly mode: larger text, higher contrast, wider line spacing
 */
public record ReadingPreferences(Size size, boolean care) {

	public static final String SIZE_COOKIE = "fz_size";

	public static final String CARE_COOKIE = "fz_care";

	static final ReadingPreferences DEFAULT = new ReadingPreferences(Size.MEDIUM, false);

	/**
	 * 字号 大/中/小.
	 */
	public enum Size {

		SMALL, MEDIUM, LARGE

	}

	public static ReadingPreferences of(String size, String care) {
		Size parsed = Size.MEDIUM;
		for (Size candidate : Size.values()) {
			if (candidate.name().equalsIgnoreCase(size)) {
				parsed = candidate;
			}
		}
		return new ReadingPreferences(parsed, "on".equals(care));
	}

	/**
	 * Classes for the root element.
	 */
	public String cssClass() {
		return "size-" + this.size.name().toLowerCase() + (this.care ? " care" : "");
	}

	/**
	 * A short token for ETags: pages look different for each combination.
	 */
	public String token() {
		return this.size.name().charAt(0) + (this.care ? "c" : "");
	}

}
