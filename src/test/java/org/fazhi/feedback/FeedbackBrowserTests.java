package org.fazhi.feedback;

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
 * A reader on a phone, in 适老模式, reports an error on the report they are reading from the
 * footer and comes back to it; the county's reviewer finds it in the list. Axe clean.
 */
@BrowserTest
class FeedbackBrowserTests {

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
	void aReaderReportsAnErrorFromTheFooterAndTheCountyFindsIt() {
		Fixtures.World world = this.fixtures.world();
		ReportEdition published = this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2023);
		Page reader = browser.page("http://localhost:" + this.port, 375);
		reader.navigate("/reports/" + published.getReport().getId());
		reader.locator("a.care-toggle").click();
		reader.waitForLoadState();
		assertThat(reader.locator("footer")).containsText("主办单位");
		assertThat(Browser.seriousViolations(reader)).isEmpty();
		reader.locator("footer a", new Page.LocatorOptions().setHasText("我为政府网站找错")).click();
		assertThat(reader.locator("h1")).hasText("我为政府网站找错");
		assertThat(reader.locator("#page")).hasValue("/reports/" + published.getReport().getId());
		assertThat(Browser.seriousViolations(reader)).isEmpty();
		Browser.screenshot(reader, "feedback-form-phone-elderly");
		reader.locator("#description").fill("落款日期与正文所述年份不一致，请核对。");
		reader.locator("form.form button[type=submit]").click();
		assertThat(reader.locator(".notice-success")).containsText("感谢您的留言");
		assertThat(Browser.seriousViolations(reader)).isEmpty();
		reader.locator("a", new Page.LocatorOptions().setHasText("返回原页面")).click();
		reader.waitForURL("**/reports/" + published.getReport().getId());
		browser.assertNothingRefusedOrMissing(reader);

		Page reviewer = browser.page("http://localhost:" + this.port, 1280);
		Browser.signIn(reviewer, world.reviewer().getUsername(), Fixtures.PASSWORD);
		reviewer.navigate("/review/feedback");
		assertThat(reviewer.locator("table")).containsText("落款日期与正文所述年份不一致");
		assertThat(Browser.seriousViolations(reviewer)).isEmpty();
	}

}
