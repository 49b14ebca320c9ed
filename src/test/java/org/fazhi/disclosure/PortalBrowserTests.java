package org.fazhi.disclosure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.fazhi.report.ReportEdition;
import org.fazhi.support.Browser;
import org.fazhi.support.BrowserTest;
import org.fazhi.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public portal in real headless Chromium: a reader's walk from the home page to a
 * report, its print view and the reading settings; axe-core finds no serious or critical
 * accessibility violation; a phone-width report page never scrolls sideways.
 */
@BrowserTest
class PortalBrowserTests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@BeforeAll
	static void launch() {
		browser = Browser.launch();
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	@Test
	void aReaderWalksFromHomeToAReportAndSetsTheirReadingComfort() {
		Fixtures.World world = this.fixtures.world();
		this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2024);
		ReportEdition report = this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2025);
		Page page = browser.page(base(), 1280);

		page.navigate("/");
		Browser.screenshot(page, "portal-1-home");
		page.locator(".tree a[href*='region=" + world.county().getUnifiedCode() + "']").first().click();
		assertThat(page.locator("h1")).hasText("法治政府建设年度报告");
		assertThat(page.locator(".filters-summary")).containsText(world.county().getFullName());
		Browser.screenshot(page, "portal-2-region");

		page.locator("a[href='/reports/" + report.getReport().getId() + "']").click();
		assertThat(page.locator(".doc-title")).hasText(report.getTitle());
		assertThat(page.locator(".metadata")).containsText(report.getReport().getIndexNumber());
		Browser.screenshot(page, "portal-3-report");

		page.locator(".page-tools a[href$='/print']").click();
		assertThat(page.locator(".site-header")).hasCount(0);
		assertThat(page.locator(".metadata")).isVisible();
		assertThat(page.locator("[data-print]")).isVisible();
		Browser.screenshot(page, "portal-4-print");
		page.goBack();

		page.locator(".toolbar a", new Page.LocatorOptions().setHasText("大")).click();
		assertThat(page.locator("html")).hasClass(Pattern.compile(".*size-large.*"));
		page.navigate("/");
		assertThat(page.locator("html")).hasClass(Pattern.compile(".*size-large.*"));
		Browser.screenshot(page, "portal-5-large-text");

		page.locator(".toolbar .care-toggle").click();
		assertThat(page.locator("html")).hasClass(Pattern.compile(".*\\bcare\\b.*"));
		page.navigate("/reports/" + report.getReport().getId());
		assertThat(page.locator("html")).hasClass(Pattern.compile(".*\\bcare\\b.*"));
		double lineHeight = ((Number) page.evaluate(
				"() => parseFloat(getComputedStyle(document.querySelector('.document p')).lineHeight) / parseFloat(getComputedStyle(document.querySelector('.document p')).fontSize)"))
			.doubleValue();
		assertThat(lineHeight).isGreaterThanOrEqualTo(1.5);
		Browser.screenshot(page, "portal-6-elderly-mode");
		browser.assertNothingRefusedOrMissing(page);
		page.context().close();
	}

	@Test
	void publicPagesHaveNoSeriousOrCriticalAccessibilityViolations() {
		Fixtures.World world = this.fixtures.world();
		this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2024);
		ReportEdition report = this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2025);
		Page page = browser.page(base(), 1280);
		for (String path : List.of("/", "/browse?region=" + world.county().getUnifiedCode(),
				"/reports/" + report.getReport().getId(), "/agencies/" + world.townshipA().getUnifiedCode(),
				"/search?q=" + "三项制度")) {
			page.navigate(path);
			assertThat(Browser.seriousViolations(page)).as(path).isEmpty();
			page.navigate("/preferences?care=on&back=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
			assertThat(Browser.seriousViolations(page)).as(path + " in elderly mode").isEmpty();
			page.navigate("/preferences?care=off&back=/");
		}
		browser.assertNothingRefusedOrMissing(page);
		page.context().close();
	}

	@Test
	void aReportFitsAPhoneScreenWithoutSidewaysScrolling() {
		Fixtures.World world = this.fixtures.world();
		ReportEdition report = this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2025);
		Page page = browser.page(base(), 360);
		page.navigate("/reports/" + report.getReport().getId());
		Browser.screenshot(page, "portal-phone-report");
		Number overflow = (Number) page
			.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
		page.navigate("/");
		Browser.screenshot(page, "portal-phone-home");
		assertThat(((Number) page
			.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
			.isLessThanOrEqualTo(0);
		browser.assertNothingRefusedOrMissing(page);
		page.context().close();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
