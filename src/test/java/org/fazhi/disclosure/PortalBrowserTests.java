package org.fazhi.disclosure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Media;
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
		for (int width : new int[] { 1280, 375 }) {
			Page page = browser.page(base(), width);
			for (String path : List.of("/", "/browse?region=" + world.county().getUnifiedCode(),
					"/reports/" + report.getReport().getId(), "/agencies/" + world.townshipA().getUnifiedCode(),
					"/search?q=" + "三项制度", "/search?q=" + "没有这样的词语" + "&year=2019", "/statistics", "/sitemap",
					"/feedback?page=/")) {
				page.navigate(path);
				assertThat(Browser.seriousViolations(page)).as(path + " at " + width).isEmpty();
				page.navigate("/preferences?care=on&back=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
				assertThat(Browser.seriousViolations(page)).as(path + " in elderly mode at " + width).isEmpty();
				page.navigate("/preferences?care=off&back=/");
			}
			browser.assertNothingRefusedOrMissing(page);
			page.context().close();
		}
	}

	/**
	 * On a phone the results come first and the filters open from a button; a filter
	 * chosen shows above the results with ✕ and comes off again; every control is at
	 * least 44 px each way.
	 */
	@Test
	void onAPhoneSearchResultsComeFirstAndFiltersOpenFromAButton() {
		Fixtures.World world = this.fixtures.world();
		this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2023);
		this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2024);
		Page page = browser.page(base(), 375);
		page.navigate("/search?q=" + URLEncoder.encode(world.townshipA().getFullName(), StandardCharsets.UTF_8));
		Locator filters = page.locator("details#filters");
		assertThat(filters).not().hasAttribute("open", "");
		assertThat(page.locator("ol.results > li").first()).isInViewport();
		page.locator("a.care-toggle").click();
		page.waitForLoadState();
		// Back on the same search, not on one for its percent-encoded text.
		assertThat(page.locator("#q")).hasValue(world.townshipA().getFullName());
		assertThat(page.locator("ol.results > li").first()).isVisible();
		assertThat(Browser.seriousViolations(page)).isEmpty();
		filters.locator("summary").click();
		Locator year = filters.locator(".facets a", new Locator.LocatorOptions().setHasText("2023年度"));
		assertThat(year).isVisible();
		year.click();
		Locator chip = page.locator(".active-filters a.chip", new Page.LocatorOptions().setHasText("2023年度"));
		assertThat(chip).isVisible();
		assertThat(page.locator("ol.results > li")).hasCount(1);
		assertThat(filters.locator("summary")).hasText("筛选（已选 1 项）");
		Browser.screenshot(page, "search-phone-elderly-filtered");
		for (Locator control : List.of(chip, filters.locator("summary"), page.locator(".toolbar-row a").first(),
				page.locator("#yearFrom").locator("xpath=ancestor::details/summary"))) {
			BoundingBox box = control.boundingBox();
			assertThat(box.width).as(control.toString()).isGreaterThanOrEqualTo(44);
			assertThat(box.height).as(control.toString()).isGreaterThanOrEqualTo(44);
		}
		chip.click();
		assertThat(page.locator(".active-filters")).hasCount(0);
		assertThat(page.locator("ol.results > li")).hasCount(2);
		browser.assertNothingRefusedOrMissing(page);

		Page wide = browser.page(base(), 1280);
		wide.navigate("/search?q=" + URLEncoder.encode(world.townshipA().getFullName(), StandardCharsets.UTF_8));
		assertThat(wide.locator("details#filters")).hasAttribute("open", "");
		assertThat(wide.locator("details#filters .facets")).isVisible();
	}

	/**
	 * The whole walk on a 375 px phone in 适老模式: search, open a result, read it, print it;
	 * on every page every control a finger must hit is at least 44 × 44 CSS px (links
	 * inside running text aside, as WCAG 2.5.8 allows).
	 */
	@Test
	void anOlderReaderOnAPhoneFindsReadsAndPrintsAReportWithEveryControlEasyToHit() {
		Fixtures.World world = this.fixtures.world();
		ReportEdition report = this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2025);
		Page page = browser.page(base(), 375);
		page.navigate("/preferences?care=on&back=/");
		assertThat(smallControls(page)).as("home").isEmpty();
		page.locator("#q").fill(world.townshipA().getFullName());
		page.locator("form.search-box button[type=submit]").first().click();
		page.waitForURL("**/search?**");
		assertThat(smallControls(page)).as("search").isEmpty();
		page.locator("ol.results a").first().click();
		page.waitForURL("**/reports/" + report.getReport().getId());
		assertThat(smallControls(page)).as("report").isEmpty();
		page.navigate("/browse");
		assertThat(smallControls(page)).as("browse").isEmpty();
		page.navigate("/agencies/" + world.townshipA().getUnifiedCode());
		assertThat(smallControls(page)).as("township").isEmpty();
		page.navigate("/reports/" + report.getReport().getId());
		page.locator(".page-tools a").first().click();
		page.waitForURL("**/print");
		assertThat(smallControls(page)).as("print view").isEmpty();
		assertThat(page.locator("h1.doc-title")).hasText(report.getTitle());
		browser.assertNothingRefusedOrMissing(page);
		page.context().close();
	}

	/**
	 * Visible links, buttons, summaries and form fields smaller than 44 × 44, as "text
	 * (width×height)"; links that sit inside a paragraph of text are left out.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> smallControls(Page page) {
		return (List<String>) page.evaluate(
				"""
						() => [...document.querySelectorAll('a[href], button, summary, input:not([type=hidden]), select, textarea')]
						  .filter(e => e.offsetParent !== null)
						  .filter(e => !(e.tagName === 'A' && e.closest('p, li.snippet, .document, td, blockquote, .hint, .lead') && !e.closest('nav, .page-tools, .pager, .toolbar-row, .footer-links, .results h2, .attachment-list, .active-filters')))
						  .filter(e => !e.closest('.skip-link'))
						  .map(e => [e, e.getBoundingClientRect()])
						  .filter(([e, r]) => r.width < 44 || r.height < 44)
						  .map(([e, r]) => (e.textContent || e.name || e.tagName).trim().slice(0, 20) + ' (' + Math.round(r.width) + 'x' + Math.round(r.height) + ')')
						""");
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

	/**
	 * An older reader on a phone in 适老模式: the report's title within the first screen, the
	 * less-used metadata one tap away (and every value in line), the 落款 date as documents
	 * write it; the print view shows the whole block.
	 */
	@Test
	void inElderlyModeOnAPhoneTheTitleComesWithinTheFirstScreen() {
		Fixtures.World world = this.fixtures.world();
		ReportEdition report = this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2025);
		Page page = browser.page(base(), 375);
		page.navigate("/preferences?care=on&back=/reports/" + report.getReport().getId());
		assertThat(page.locator("a.care-toggle")).hasText("退出适老模式");
		Browser.screenshot(page, "report-phone-elderly-top");
		BoundingBox title = page.locator("h1.doc-title").boundingBox();
		assertThat(title.y).as("title top").isLessThan(900);
		Locator more = page.locator("details.metadata-more");
		assertThat(more).not().hasAttribute("open", "");
		assertThat(page.locator(".metadata dt").first()).isVisible();
		// Values line up: every visible value starts at the same x.
		List<Double> starts = page.locator(".metadata > dl dd")
			.all()
			.stream()
			.map((dd) -> dd.boundingBox().x)
			.distinct()
			.toList();
		assertThat(starts).hasSize(1);
		more.locator("summary").click();
		assertThat(more.locator("dd").first()).isVisible();
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "report-phone-elderly");
		assertThat(page.locator(".signature p").last()).hasText(Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$"));
		page.navigate("/reports/" + report.getReport().getId() + "/print");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
		assertThat(page.locator("details.metadata-more")).hasAttribute("open", "");
		browser.assertNothingRefusedOrMissing(page);
		page.context().close();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
