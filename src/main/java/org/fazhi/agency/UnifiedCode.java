package org.fazhi.agency;

import java.util.regex.Pattern;

import org.fazhi.system.FieldLimits;

/**
 * Format rules for the 18-character unified social credit code (统一社会信用代码, GB 32100-2015),
 * which prefixes every index number.
 */
public final class UnifiedCode {

	// GB 32100 uses digits and upper-case letters except I, O, Z, S and V.
	/** Characters in a code. */
	public static final int LENGTH = FieldLimits.UNIFIED_CODE;

	private static final Pattern FORMAT = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{" + LENGTH + "}");

	private UnifiedCode() {
	}

	public static boolean isValid(String code) {
		return code != null && FORMAT.matcher(code).matches();
	}

	static String requireValid(String code) {
		if (!isValid(code)) {
			throw new IllegalArgumentException("Not an 18-character unified social credit code: " + code);
		}
		return code;
	}

}
