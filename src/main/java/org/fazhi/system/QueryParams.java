package org.fazhi.system;

/**
 * Query parameters people type or edit in URLs: anything that is not a number counts as
 * absent instead of failing the request.
 */
public final class QueryParams {

	private QueryParams() {
	}

	public static Integer integer(String value) {
		try {
			return (value == null || value.isBlank()) ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public static int integerOr(String value, int fallback) {
		Integer parsed = integer(value);
		return (parsed != null) ? parsed : fallback;
	}

	public static Long longValue(String value) {
		try {
			return (value == null || value.isBlank()) ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
