package org.fazhi.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.audit.AuditEvent;
import org.fazhi.audit.AuditEventRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, from a client that is not a trusted proxy (here: this machine, since
 * only 10.255.255.1 is trusted): an {@code X-Forwarded-For} it sends neither escapes the
 * per-address sign-in limit nor reaches the audit trail, and a {@code Host} or
 * {@code X-Forwarded-Host} it claims never appears in a redirect, a feed or a sitemap.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.tomcat.remoteip.internal-proxies=10\\.255\\.255\\.1",
				"fazhi.public-url=https://fazhi.example.gov.cn", "fazhi.security.login.failures-per-address=5" })
class ForwardedHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditEventRepository audit;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
		String dir = Files.createTempDirectory("fazhi-forwarded").toString();
		registry.add("fazhi.data-dir", () -> dir);
	}

	@Test
	void aForgedClientAddressEscapesNeitherTheAddressLimitNorTheAuditTrail() throws IOException {
		for (int i = 0; i < 5; i++) {
			String answer = signIn("nobody" + i, "wrong-password", "198.51.100." + i);
			assertThat(answer).startsWith("HTTP/1.1 302").contains("Location: /login?error");
		}
		// Five failures from this address, whatever it claimed to be: even the right
		// password must wait now.
		String blocked = signIn("chengzhuang", "fazhi-demo", "198.51.100.99");
		assertThat(blocked).startsWith("HTTP/1.1 302").contains("Location: /login?locked");
		List<AuditEvent> failures = this.audit.findByActorOrderByIdAsc("nobody0");
		assertThat(failures).isNotEmpty();
		assertThat(failures)
			.allSatisfy((event) -> assertThat(event.getDetail()).contains("127.0.0.1").doesNotContain("198.51.100"));
	}

	/**
	 * The sign-in form as a browser posts it (session cookie and CSRF token from the form
	 * page), with a forged {@code X-Forwarded-For}.
	 */
	private String signIn(String username, String password, String forgedAddress) throws IOException {
		String form = send("GET", "/login", "localhost", "", null);
		Matcher cookie = Pattern.compile("Set-Cookie: (SESSION=[^;]+)").matcher(form);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(cookie.find() && token.find()).isTrue();
		return send("POST", "/login", "localhost",
				"Cookie: " + cookie.group(1) + "\r\nX-Forwarded-For: " + forgedAddress + "\r\n",
				"username=" + username + "&password=" + password + "&_csrf="
						+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
	}

	@Test
	void aClaimedHostNeverReachesRedirectsFeedsOrSitemaps() throws IOException {
		for (String claim : List.of("Host: evil.example\r\n", "X-Forwarded-Host: evil.example\r\n")) {
			String redirect = send("GET", "/filing", claim.startsWith("Host") ? "evil.example" : "localhost",
					claim.startsWith("Host") ? "" : claim, null);
			assertThat(redirect).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
			String feed = send("GET", "/feeds/reports.atom", "evil.example", claim.startsWith("Host") ? "" : claim,
					null);
			assertThat(feed).contains("https://fazhi.example.gov.cn/").doesNotContain("evil.example");
			String sitemap = send("GET", "/sitemap.xml", "evil.example", "", null);
			assertThat(sitemap).contains("https://fazhi.example.gov.cn/sitemaps/").doesNotContain("evil.example");
		}
	}

	/**
	 * A request written by hand, as an attacker's script sends it (HTTP clients refuse to
	 * let a program choose the Host header).
	 */
	private String send(String method, String path, String host, String headers, String form) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			byte[] body = (form != null) ? form.getBytes(StandardCharsets.UTF_8) : new byte[0];
			String request = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + headers + ((form != null)
					? "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n" : "")
					+ "Connection: close\r\n\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
