package org.fazhi.system;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The sentences users read, from the message bundles, in the one language the service
 * speaks: every piece of Java that writes user-facing text (API errors, CSV headings,
 * feeds, imported defaults) asks here, so the locale is chosen in one place.
 */
@Component
public class Messages {

	/** The language of every page, message and document. */
	public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String text(String key, Object... arguments) {
		return this.source.getMessage(key, (arguments.length > 0) ? arguments : null, LOCALE);
	}

	/**
	 * A validation error or other resolvable message.
	 */
	public String text(MessageSourceResolvable resolvable) {
		return this.source.getMessage(resolvable, LOCALE);
	}

}
