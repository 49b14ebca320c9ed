package org.fazhi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the embedded default (H2 file database, demo data, on-disk index) on a real port
 * and walks the first slice over HTTP as people would: a clerk writes and submits, the
 * county reviewer publishes, the public finds the report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultSmokeTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("fazhi-smoke");
		registry.add("fazhi.data-dir", dir::toString);
	}

	@Test
	void aReportGoesFromTheClerksDraftToThePublicPage() throws Exception {
		Browser clerk = new Browser();
		assertThat(clerk.signIn("chengzhuang", "wrong").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/login?error"));
		assertThat(clerk.signIn("chengzhuang", DEMO_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/workspace"));
		String home = clerk.get("/filing").body();
		assertThat(home).contains("民权县程庄镇人民政府");

		// The demo covers 2021–2025 for every township; this year is always free to
		// start.
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String year = Integer.toString(today.getYear());
		HttpResponse<String> started = clerk.post("/filing/reports", home, Map.of("year", year));
		String editionPath = started.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		assertThat(editionPath).matches("/filing/editions/\\d+");

		for (String part : new String[] { "measures", "problems", "responsible-person", "next-year-plans" }) {
			String form = clerk.get(editionPath + "/parts/" + part).body();
			HttpResponse<String> saved = clerk.post(editionPath + "/parts/" + part, form, Map.of("heading", "标题" + part,
					"body", SMOKE_TEXT + "（" + part + "）\n第二段。", "version", version(form)));
			assertThat(saved.statusCode()).as(part).isEqualTo(302);
		}
		String edition = clerk.get(editionPath).body();
		Map<String, String> metadata = new LinkedHashMap<>();
		metadata.put("title", "民权县程庄镇人民政府关于" + year + "年度法治政府建设情况的报告");
		metadata.put("addressee", "中共民权县委、民权县人民政府：");
		metadata.put("preamble", "现将有关情况报告如下。");
		metadata.put("signingAgency", "民权县程庄镇人民政府");
		metadata.put("dateWritten", today.toString());
		metadata.put("documentNumber", "程政〔2026〕1号");
		metadata.put("keywords", "法治政府 烟测");
		metadata.put("version", version(edition));
		assertThat(clerk.post(editionPath + "/metadata", edition, metadata).statusCode()).isEqualTo(302);

		String check = clerk.get(editionPath + "/submit").body();
		assertThat(check).contains("检查通过");
		HttpResponse<String> submitted = clerk.post(editionPath + "/submit", check,
				Map.of("version", version(check), "confirmWarnings", "true"));
		assertThat(submitted.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/filing"));
		assertThat(clerk.get("/filing").body()).contains("已报送");

		Browser reviewer = new Browser();
		reviewer.signIn("minquan", DEMO_PASSWORD);
		String queue = reviewer.get("/review").body();
		String editionId = editionPath.substring(editionPath.lastIndexOf('/') + 1);
		assertThat(queue).contains("/review/editions/" + editionId + "\"");
		String review = reviewer.get("/review/editions/" + editionId).body();
		assertThat(review).contains(SMOKE_TEXT);
		String confirm = reviewer.get("/review/editions/" + editionId + "/publish").body();
		HttpResponse<String> published = reviewer.post("/review/editions/" + editionId + "/publish", confirm,
				Map.of("version", version(confirm), "secrecyReviewed", "true", "when", "now"));
		assertThat(published.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/review"));

		Browser visitor = new Browser();
		String publicHome = visitor.get("/").body();
		Matcher link = Pattern.compile("href=\"(/reports/\\d+)\">民权县程庄镇人民政府关于" + year + "年度").matcher(publicHome);
		assertThat(link.find()).as("home lists the new report").isTrue();
		String page = visitor.get(link.group(1)).body();
		assertThat(page).contains("索引号", "11411421MB1951073P/", "程政〔2026〕1号", SMOKE_TEXT, "第二段。");
		// The 落款 date as documents write it, not as the metadata block does.
		assertThat(page)
			.contains("<p>" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日</p>");
		String results = visitor.get("/search?q=" + URLEncoder.encode("烟测独有短语", StandardCharsets.UTF_8)).body();
		assertThat(results).contains("共找到 1 份报告", link.group(1) + "\"");
		assertThat(visitor.get("/filing").statusCode()).isEqualTo(302);
	}

	/**
	 * Over real HTTP (MockMvc does not parse multipart bodies): an upload over the limit
	 * gets a page that says why and links back to the form, and nothing is saved.
	 */
	@Test
	void anOversizeUploadIsRefusedWithAClearMessage() throws Exception {
		Browser clerk = new Browser();
		// 梁洼镇's demo 2025 report is still a draft.
		clerk.signIn("liangwa", DEMO_PASSWORD);
		Matcher draft = Pattern.compile("href=\"(/filing/editions/\\d+)\"").matcher(clerk.get("/filing").body());
		assertThat(draft.find()).as("the demo draft is listed").isTrue();
		String editionPath = draft.group(1);
		String form = clerk.get(editionPath + "/import").body();
		HttpResponse<String> refused = clerk.upload(editionPath + "/import", form, "file", "big.docx",
				new byte[21 * 1024 * 1024]);
		// The container refuses the body before any filter can read the CSRF token, so
		// the
		// answer is the "too large" page rather than a redirect back.
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("上传的文件太大", "没有保存任何内容", "href=\"" + editionPath + "/import\"");
		assertThat(clerk.get(editionPath).body()).doesNotContain("已导入");
	}

	/**
	 * Over real HTTP, errors the container answers itself keep the API's shape: an upload
	 * too large for the API is {@code {"error", "message"}} JSON, and the error path
	 * asked for directly is a page that does not exist.
	 */
	@Test
	void errorsTheContainerAnswersKeepTheirShape() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String boundary = "----fazhi" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.docx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(new byte[21 * 1024 * 1024]);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		String basic = Base64.getEncoder()
			.encodeToString(("chengzhuang:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> tooLarge = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/imports/parse"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Authorization", "Basic " + basic)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("application/json"));
		assertThat(tooLarge.body()).contains("\"error\":\"payload_too_large\"", "\"message\":\"");
		HttpResponse<String> error = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/error")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(error.statusCode()).isEqualTo(404);
		assertThat(error.body()).contains("页面不存在");
	}

	/**
	 * Cookies and transport headers as a browser sees them over real HTTP, directly and
	 * behind a TLS-terminating proxy on this host.
	 */
	@Test
	void cookiesAreHttpOnlyAndSameSiteAndSecureBehindHttps() throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		URI login = URI.create("http://localhost:" + this.port + "/login");
		HttpResponse<String> plain = client.send(HttpRequest.newBuilder(login).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(plain.headers().firstValue("Content-Security-Policy")).hasValueSatisfying((csp) -> assertThat(csp)
			.contains("script-src 'self' 'nonce-", "frame-ancestors 'none'", "object-src 'none'"));
		HttpResponse<String> proxied = client.send(
				HttpRequest.newBuilder(login).header("X-Forwarded-Proto", "https").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(proxied.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((c) -> assertThat(c).contains("Secure", "HttpOnly"));
		assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000"));
	}

	private static final String DEMO_PASSWORD = "fazhi-demo";

	private static final String SMOKE_TEXT = "本段包含烟测独有短语，用于验证从起草到公开的全过程，并确保正文长度满足报送前检查的最低字数要求，不少于五十个字。";

	private static String version(String html) {
		Matcher m = VERSION.matcher(html);
		assertThat(m.find()).as("form carries a version").isTrue();
		return m.group(1);
	}

	/**
	 * A cookie-keeping HTTP client that does not follow redirects, so each step's answer
	 * can be checked.
	 */
	private final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(String path) throws Exception {
			return this.client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String pageWithForm, Map<String, String> fields) throws Exception {
			Matcher csrf = CSRF.matcher(pageWithForm);
			assertThat(csrf.find()).as("page has a CSRF token").isTrue();
			Map<String, String> all = new LinkedHashMap<>(fields);
			all.put("_csrf", csrf.group(1));
			String body = all.entrySet()
				.stream()
				.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> upload(String path, String pageWithForm, String field, String filename, byte[] content)
				throws Exception {
			Matcher csrf = CSRF.matcher(pageWithForm);
			assertThat(csrf.find()).as("page has a CSRF token").isTrue();
			String boundary = "----fazhi" + System.nanoTime();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.group(1)
					+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
					+ filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(content);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> signIn(String username, String password) throws Exception {
			return post("/login", get("/login").body(), Map.of("username", username, "password", password));
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + EmbeddedDefaultSmokeTests.this.port + path);
		}

	}

}
