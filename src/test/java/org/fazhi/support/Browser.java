package org.fazhi.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.testcontainers.Testcontainers;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Debian Chromium driven by Playwright, never a downloaded browser: the flags
 * are the ones this project's machines need (no sandbox as root, no GPU, no background
 * network). Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

	private static final Set<String> ASSET_TYPES = Set.of("stylesheet", "script", "font", "image");

	/** Debian's chromium package; override with FAZHI_CHROMIUM for other systems. */
	static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("FAZHI_CHROMIUM", "/usr/bin/chromium"));

	/**
	 * Playwright's own browser image, of the same version as the Playwright library,
	 * where there is no local Chromium but a Docker engine (a developer laptop).
	 */
	private static final String BROWSER_IMAGE = "mcr.microsoft.com/playwright:v1.62.0-noble";

	/** How pages in a browser container reach the application on this machine. */
	private static final String HOST_FROM_CONTAINER = "host.testcontainers.internal";

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	/** axe-core, vendored from the npm registry (src/test/resources/axe). */
	private static final String AXE = resource("/axe/axe.min.js");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	private final Map<Page, List<String>> refusedOrMissing = new ConcurrentHashMap<>();

	/** The browser container when there is no local Chromium, else {@code null}. */
	private final GenericContainer<?> container;

	private Browser() {
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		if (Files.isExecutable(CHROMIUM)) {
			this.container = null;
			this.browser = this.playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--no-first-run", "--disable-sync")));
		}
		else if (PostgresTestConfiguration.dockerAvailable()) {
			this.container = new GenericContainer<>(DockerImageName.parse(BROWSER_IMAGE))
				.withCommand("/bin/sh", "-c", "npx -y playwright@1.62.0 run-server --port 3000 --host 0.0.0.0")
				.withExposedPorts(3000)
				.withAccessToHost(true)
				.waitingFor(Wait.forLogMessage(".*Listening on.*", 1));
			this.container.start();
			this.browser = this.playwright.chromium()
				.connect("ws://" + this.container.getHost() + ":" + this.container.getMappedPort(3000) + "/");
		}
		else {
			this.playwright.close();
			throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
					+ " or a Docker engine: install Debian's chromium and fonts-noto-cjk (.ci/run does), "
					+ "set FAZHI_CHROMIUM, or start Docker");
		}
	}

	public static Browser launch() {
		return new Browser();
	}

	/**
	 * A fresh page in its own context (cookies, storage) with the given viewport width.
	 */
	public Page page(String baseUrl, int width) {
		BrowserContext context = this.browser
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL(reachable(baseUrl))
				.setViewportSize(width, 900)
				.setLocale("zh-CN"));
		Page page = context.newPage();
		List<String> violations = new CopyOnWriteArrayList<>();
		this.refusedOrMissing.put(page, violations);
		page.onConsoleMessage((message) -> {
			if (message.text().contains("Content Security Policy")) {
				violations.add(page.url() + ": " + message.text());
			}
		});
		// A stylesheet or script that does not load is no CSP message but breaks the page
		// just the same (a moved asset path, say).
		page.onResponse((response) -> {
			String type = response.request().resourceType();
			if (response.status() >= 400 && ASSET_TYPES.contains(type)) {
				violations.add(page.url() + ": " + type + " " + response.url() + " answered " + response.status());
			}
		});
		return page;
	}

	/**
	 * The application's address as the browser reaches it: as given for a local Chromium;
	 * from a container, the host's port exposed to it.
	 */
	private String reachable(String baseUrl) {
		if (this.container == null) {
			return baseUrl;
		}
		URI uri = URI.create(baseUrl);
		Testcontainers.exposeHostPorts(uri.getPort());
		return uri.getScheme() + "://" + HOST_FROM_CONTAINER + ":" + uri.getPort();
	}

	/**
	 * What the browser refused under the Content-Security-Policy on this page so far, and
	 * any stylesheet, script, font or image that did not load: every page must get
	 * through with none.
	 */
	public void assertNothingRefusedOrMissing(Page page) {
		assertThat(this.refusedOrMissing.getOrDefault(page, List.of()))
			.as("refused under the Content-Security-Policy or not loaded")
			.isEmpty();
	}

	/**
	 * Runs axe-core on the page (WCAG 2.0/2.1 A and AA rules) and lists the serious and
	 * critical violations as "rule: target" lines.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> seriousViolations(Page page) {
		// Evaluated through DevTools, which the page's CSP does not govern, so the strict
		// policy stays on for the pages under test.
		page.evaluate(AXE);
		List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(
				"""
						async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
						  .violations
						  .filter(v => v.impact === 'serious' || v.impact === 'critical')
						  .map(v => ({ id: v.id, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ') }))
						""");
		return violations.stream().map((v) -> v.get("id") + ": " + v.get("targets")).toList();
	}

	public static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	public static void signIn(Page page, String username, String password) {
		page.navigate("/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("form.form button[type=submit]").click();
		page.waitForLoadState();
	}

	private static String resource(String path) {
		try (InputStream in = Browser.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
		if (this.container != null) {
			this.container.stop();
		}
	}

}
