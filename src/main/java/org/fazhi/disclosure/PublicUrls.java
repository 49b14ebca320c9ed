package org.fazhi.disclosure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Absolute URLs for feeds, sitemaps and the API: always {@code fazhi.public-url}, never
 * the Host a request claims (which anyone can set to another site's name). The embedded
 * default, running on one machine, defaults to {@code http://localhost:<port>}; anywhere
 * else the address must be configured, and the service does not start without it.
 */
@Component
public class PublicUrls {

	private volatile String base;

	PublicUrls(PublicSettings settings, @Value("${spring.datasource.url}") String database,
			@Value("${server.port:8080}") int port) {
		String url = (settings.publicUrl() != null) ? settings.publicUrl().strip() : "";
		if (url.isEmpty()) {
			if (!database.startsWith("jdbc:h2:")) {
				throw new IllegalStateException("Set fazhi.public-url (FAZHI_PUBLIC_URL) to the address the public "
						+ "reaches this service at, e.g. https://fazhi.example.gov.cn: feeds, sitemaps and the API "
						+ "write absolute links with it, and a request's own Host header cannot be trusted.");
			}
			url = (port > 0) ? "http://localhost:" + port : null;
		}
		this.base = (url == null || !url.endsWith("/")) ? url : url.substring(0, url.length() - 1);
	}

	/**
	 * On the embedded default with a port chosen at start, the port it got.
	 */
	@EventListener
	void started(WebServerInitializedEvent event) {
		if (this.base == null) {
			this.base = "http://localhost:" + event.getWebServer().getPort();
		}
	}

	public String base() {
		return (this.base != null) ? this.base : "http://localhost";
	}

}
