package org.fazhi.system;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which sites may show the embed pages ({@code /embed/**}) in a frame: the county
 * portal's origins, for its 信息公开 column. Empty (the default) allows none; no other page
 * may be framed by anyone.
 *
 * @param allowedOrigins origins such as {@code https://www.minquan.gov.cn}
 */
@ConfigurationProperties("fazhi.embed")
public record EmbedSettings(List<String> allowedOrigins) {

	/** Where the embed pages live. */
	public static final String PATH_PREFIX = "/embed/";

	/** An origin: scheme, host and port only, nothing a policy could read more into. */
	private static final Pattern ORIGIN = Pattern.compile("https?://[a-zA-Z0-9.-]+(:\\d{1,5})?");

	public EmbedSettings {
		allowedOrigins = (allowedOrigins != null) ? allowedOrigins.stream().map(String::strip).toList() : List.of();
		for (String origin : allowedOrigins) {
			if (!ORIGIN.matcher(origin).matches()) {
				throw new IllegalArgumentException("fazhi.embed.allowed-origins: \"" + origin
						+ "\" is not an origin (scheme://host[:port], no path)");
			}
		}
	}

	/** The CSP {@code frame-ancestors} sources for an embed page. */
	public String frameAncestors() {
		return allowedOrigins.isEmpty() ? "'none'" : "'self' " + String.join(" ", this.allowedOrigins);
	}

}
