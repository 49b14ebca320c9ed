package org.fazhi.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a text is a web address a reader can follow: an absolute http or https address
 * with a host. An archived report shows where it was first published only when that is
 * such an address, never a file name it was uploaded as.
 */
public final class WebAddress {

	/** Longest address kept. */
	public static final int MAX_LENGTH = 1000;

	private WebAddress() {
	}

	public static boolean isWeb(String text) {
		if (text == null || text.isBlank() || text.strip().length() > MAX_LENGTH) {
			return false;
		}
		try {
			URI uri = new URI(text.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
