package org.fazhi.system;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * A strict Content-Security-Policy: scripts and styles only from this site or carrying
 * this response's nonce, no plugins, forms only back to this site, and no framing — but
 * for the embed pages, which the configured portal origins may frame. Templates put the
 * nonce (model attribute {@code cspNonce}) on any script or style element.
 */
public class ContentSecurityPolicy implements HeaderWriter {

	private final EmbedSettings embed;

	public ContentSecurityPolicy(EmbedSettings embed) {
		this.embed = embed;
	}

	static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";

	private static final SecureRandom random = new SecureRandom();

	/**
	 * This request's nonce, made on first use.
	 */
	static String nonce(HttpServletRequest request) {
		Object existing = request.getAttribute(NONCE_ATTRIBUTE);
		if (existing instanceof String nonce) {
			return nonce;
		}
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		String nonce = Base64.getEncoder().encodeToString(bytes);
		request.setAttribute(NONCE_ATTRIBUTE, nonce);
		return nonce;
	}

	static String policy(String nonce) {
		return policy(nonce, "'none'");
	}

	static String policy(String nonce, String frameAncestors) {
		return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self' 'nonce-" + nonce
				+ "'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
				+ "form-action 'self'; frame-ancestors " + frameAncestors;
	}

	/** Whether the request is for an embed page, which configured origins may frame. */
	public static boolean isEmbed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith(EmbedSettings.PATH_PREFIX);
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (!response.containsHeader("Content-Security-Policy")) {
			response.setHeader("Content-Security-Policy",
					policy(nonce(request), isEmbed(request) ? this.embed.frameAncestors() : "'none'"));
		}
	}

}
