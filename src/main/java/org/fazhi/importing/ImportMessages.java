package org.fazhi.importing;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts parser warnings and read errors into sentences; arguments that are themselves
 * message keys (part names) are resolved first.
 */
@Component
public class ImportMessages {

	private final MessageSource messages;

	ImportMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String warning(ImportWarning warning) {
		Object[] args = warning.args().stream().map(this::resolve).toArray();
		return this.messages.getMessage(warning.messageKey(), args, Locale.SIMPLIFIED_CHINESE);
	}

	public String text(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

	private Object resolve(Object arg) {
		if (arg instanceof String key && key.startsWith("section.name.")) {
			return text(key);
		}
		return arg;
	}

}
