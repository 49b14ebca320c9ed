package org.fazhi.importing;

import java.util.List;

/**
 * Something the parser could not decide for certain; {@code code} is a message key under
 * {@code import.warning.}.
 *
 * @param code message key suffix
 * @param args message arguments
 */
public record ImportWarning(String code, List<Object> args) {

	static ImportWarning of(String code, Object... args) {
		return new ImportWarning(code, List.of(args));
	}

	public String messageKey() {
		return "import.warning." + this.code;
	}

}
