package org.fazhi.importing;

import org.fazhi.system.Messages;
import org.springframework.stereotype.Component;

/**
 * Puts parser warnings and read errors into sentences; arguments that are themselves
 * message keys (part names) are resolved first.
 */
@Component
public class ImportMessages {

	private final Messages messages;

	ImportMessages(Messages messages) {
		this.messages = messages;
	}

	public String warning(ImportWarning warning) {
		Object[] args = warning.args().stream().map(this::resolve).toArray();
		return this.messages.text(warning.messageKey(), args);
	}

	private Object resolve(Object arg) {
		if (arg instanceof String key && key.startsWith("section.name.")) {
			return this.messages.text(key);
		}
		return arg;
	}

}
