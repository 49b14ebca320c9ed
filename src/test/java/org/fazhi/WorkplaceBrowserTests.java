package org.fazhi;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
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
 * The clerk's, reviewer's and admin's pages in real headless Chromium, walked as their
 * users walk them: the year that is due and a draft thrown away; the metadata to be
 * published and a decision whose cancel link cannot be hit by mistake; an admin's buttons
 * readable, a reset confirmed, a new account whose owner must choose their own password.
 * axe finds no serious violation on any of them.
 */
@BrowserTest
class WorkplaceBrowserTests {

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
	void aClerkStartsTheYearThatIsDueAndThrowsTheDraftAway() {
		Fixtures.World world = this.fixtures.world();
		Page page = browser.page(base(), 1280);
		Browser.signIn(page, world.clerkA().getUsername(), Fixtures.PASSWORD);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		int due = today.getYear() - 1;
		Locator dueList = page.locator(".due-list");
		assertThat(dueList).containsText(due + "年度");
		boolean overdue = MonthDay.from(today).isAfter(MonthDay.of(3, 1));
		assertThat(dueList).containsText(overdue ? "已逾期" : "还有");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "clerk-home-due");

		dueList.locator("a.button").first().click();
		assertThat(page.locator("#year")).hasValue(Integer.toString(due));
		page.locator("form[action='/filing/reports'] button[type=submit]").click();
		assertThat(page.locator(".notice-success")).containsText("已创建年度报告草稿");
		assertThat(page.locator("#correctionNote")).hasCount(0);
		assertThat(Browser.seriousViolations(page)).isEmpty();

		page.locator("a[href$='/discard']").click();
		assertThat(page.locator("h1")).hasText("删除草稿");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "clerk-discard-confirm");
		page.locator("form[action$='/discard'] button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/filing$"));
		assertThat(page.locator(".notice-success")).hasText("草稿已删除。");
		assertThat(page.locator(".due-list")).containsText("开始撰写");
		browser.assertNothingRefusedOrMissing(page);
		page.context().close();
	}

	@Test
	void aReviewerSeesWhatWillBePublishedAndDecidesWithoutMisclicking() {
		Fixtures.World world = this.fixtures.world();
		ReportEdition submitted = this.fixtures.submitted(world.townshipA(), world.clerkA(), 2025);
		Page page = browser.page(base(), 1280);
		Browser.signIn(page, world.reviewer().getUsername(), Fixtures.PASSWORD);
		page.navigate("/review/editions/" + submitted.getId());
		Locator metadata = page.locator(".metadata").first();
		assertThat(metadata).containsText("发文字号");
		assertThat(metadata).containsText("成文日期");
		assertThat(metadata).containsText("主题词");
		assertThat(Browser.seriousViolations(page)).isEmpty();

		page.locator("a[href$='/publish']").first().click();
		BoundingBox button = page.locator("form .button-row button").boundingBox();
		BoundingBox cancel = page.locator("form .button-row a").boundingBox();
		assertThat(cancel.x - (button.x + button.width)).as("gap between 确认 and 取消").isGreaterThanOrEqualTo(16);
		String inputBorder = page.locator("#publishAt").evaluate("e => getComputedStyle(e).borderTopWidth").toString();
		assertThat(inputBorder).isEqualTo("2px");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "review-publish-confirm");

		page.locator("#secrecyReviewed").check();
		page.locator("form .button-row button").click();
		Locator flash = page.locator(".notice-success");
		assertThat(flash).containsText("报告已公开，索引号 " + world.townshipA().getUnifiedCode());
		flash.locator("a").click();
		assertThat(page).hasURL(Pattern.compile(".*/reports/" + submitted.getReport().getId() + "$"));
		browser.assertNothingRefusedOrMissing(page);
		page.context().close();
	}

	@Test
	void anAdminReadsEveryButtonConfirmsAResetAndANewUserChoosesTheirOwnPassword() {
		Fixtures.World world = this.fixtures.world();
		Page page = browser.page(base(), 1280);
		Browser.signIn(page, world.admin().getUsername(), Fixtures.PASSWORD);
		page.navigate("/admin");
		assertThat(page.locator(".attention")).containsText("检索");
		assertThat(Browser.seriousViolations(page)).isEmpty();

		page.navigate("/admin/users");
		Locator reset = page.locator("a[href='/admin/users/" + world.clerkB().id() + "/password']");
		assertThat(reset).isVisible();
		String colour = reset.evaluate("e => getComputedStyle(e).color").toString();
		String background = reset.evaluate("e => getComputedStyle(e.closest('td')).backgroundColor").toString();
		assertThat(colour).isNotEqualTo("rgb(255, 255, 255)").isNotEqualTo(background);
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "admin-users");
		reset.click();
		assertThat(page.locator("h1")).hasText("重置密码");
		page.locator("form .button-row button").click();
		assertThat(page.locator(".new-password code")).not().isEmpty();

		page.navigate("/admin/users/new");
		page.locator("#displayName").fill("李明");
		page.locator("#username").fill("liming-" + world.clerkB().id());
		page.locator("#role-CLERK").check();
		page.locator("#agencyCode").selectOption(world.townshipB().getUnifiedCode());
		page.locator("form[action='/admin/users/new'] button[type=submit]").click();
		String password = page.locator(".new-password code").textContent();
		assertThat(Browser.seriousViolations(page)).isEmpty();
		page.locator("form[action='/logout'] button").click();

		Browser.signIn(page, "liming-" + world.clerkB().id(), password);
		assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
		assertThat(page.locator(".notice-preview")).containsText("请先设置您自己的密码");
		page.navigate("/filing");
		assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
		page.locator("#currentPassword").fill(password);
		page.locator("#newPassword").fill("Qingshan-Lushui-77");
		page.locator("#confirmPassword").fill("Qingshan-Lushui-77");
		page.locator("form[action='/account/password'] button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/filing$"));
		assertThat(page.locator("h1")).hasText("本单位年度报告");
		browser.assertNothingRefusedOrMissing(page);
		page.context().close();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
