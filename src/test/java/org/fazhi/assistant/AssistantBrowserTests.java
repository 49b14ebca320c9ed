package org.fazhi.assistant;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.SectionKind;
import org.fazhi.support.Browser;
import org.fazhi.support.BrowserTest;
import org.fazhi.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review assistant as the clerk and the reviewer meet it, in real headless Chromium:
 * a phone number caught on the submit page with its explanation and a link to its part;
 * the queue showing the report's score and what must be dealt with; both pages axe clean.
 */
@BrowserTest
class AssistantBrowserTests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ReportEditionRepository editions;

	@Autowired
	TransactionTemplate transaction;

	@BeforeAll
	static void launch() {
		browser = Browser.launch();
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	@Test
	void thePublicSeesLastYearsPromisesKeptAndNotOnAPhone() {
		Fixtures.World world = this.fixtures.world();
		ReportEdition lastYear = this.fixtures.completeDraft(world.townshipA(), world.clerkA(), 2023);
		this.fixtures.rewritePart(lastYear.getId(), SectionKind.NEXT_YEAR_PLANS,
				(body) -> "（一）建成村级公共法律服务工作室十二个，实现法律顾问驻村服务全覆盖。\n（二）开展农村宅基地违法占地专项整治行动，清理历史遗留问题。");
		this.fixtures.publish(this.fixtures.submitNow(lastYear), world.reviewer());
		ReportEdition thisYear = this.fixtures.completeDraft(world.townshipA(), world.clerkA(), 2024);
		this.fixtures.rewritePart(thisYear.getId(), SectionKind.MEASURES,
				(body) -> body + "\n全年建成村级公共法律服务工作室十二个，法律顾问驻村服务实现全覆盖。");
		this.fixtures.publish(this.fixtures.submitNow(thisYear), world.reviewer());
		Page page = browser.page("http://localhost:" + this.port, 375);
		page.navigate("/agencies/" + world.townshipA().getUnifiedCode());
		assertThat(page.locator(".promise-rate")).containsText("（50%）");
		assertThat(page.locator("table.promises tr.promise-open")).containsText("未见报告");
		assertThat(page.locator("table.promises tr.promise-kept")).containsText("驻村服务实现全覆盖");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "public-promise-tracker-phone");

		page.navigate("/statistics?region=" + world.county().getUnifiedCode());
		assertThat(page.locator("svg.chart").first()).isVisible();
		assertThat(page.locator("table", new Page.LocatorOptions().setHasText("各年度承诺落实情况"))).containsText("50%");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "public-statistics-phone");
	}

	@Test
	void theClerkSeesWhatMustBeFixedAndTheReviewerSeesTheScore() {
		Fixtures.World world = this.fixtures.world();
		ReportEdition draft = this.fixtures.completeDraft(world.townshipA(), world.clerkA(), 2024);
		this.fixtures.rewritePart(draft.getId(), SectionKind.MEASURES,
				(body) -> body + "\n群众可拨打联系人手机13812345678咨询法律问题。");
		Page page = browser.page("http://localhost:" + this.port, 1280);
		Browser.signIn(page, world.clerkA().getUsername(), Fixtures.PASSWORD);
		page.navigate("/filing/editions/" + draft.getId() + "/submit");
		Locator panel = page.locator("section.assessment");
		assertThat(panel.locator("h2")).containsText("审读助手");
		Locator phone = panel.locator("li.finding[data-code=phoneNumber]");
		assertThat(phone).containsText("必须处理");
		assertThat(phone.locator("mark")).hasText("13812345678");
		assertThat(phone.locator("a").first()).hasAttribute("href",
				"/filing/editions/" + draft.getId() + "/parts/measures");
		assertThat(phone.locator("a").nth(1)).hasAttribute("href", Pattern.compile("^#p-measures-\\d+$"));
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "clerk-submit-assistant");

		this.fixtures.submitNow(draft);
		Page reviewer = browser.page("http://localhost:" + this.port, 1280);
		Browser.signIn(reviewer, world.reviewer().getUsername(), Fixtures.PASSWORD);
		reviewer.navigate("/review");
		Locator row = reviewer.locator("tr", new Page.LocatorOptions().setHasText(world.townshipA().getFullName()));
		assertThat(row.locator(".queue-score .has-blocking")).containsText("必须处理 1 项");
		assertThat(Browser.seriousViolations(reviewer)).isEmpty();
		Browser.screenshot(reviewer, "review-queue-scores");
	}

}
