package org.fazhi.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.SectionKind;
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
 * A clerk writes in real headless Chromium: autosave keeps the text, leaving with unsaved
 * changes asks first, and coming back shows everything that was typed.
 */
@BrowserTest
class FilingBrowserTests {

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
	void writingSavingLeavingAndComingBack() {
		Fixtures.World world = this.fixtures.world();
		ReportEdition draft = this.fixtures.completeDraft(world.townshipA(), world.clerkA(), 2025);
		Page page = browser.page("http://localhost:" + this.port, 1280);
		Browser.signIn(page, world.clerkA().getUsername(), Fixtures.PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/filing$"));

		page.locator("table a[href='/filing/editions/" + draft.getId() + "']").click();
		page.locator("a[href$='/parts/problems']").click();
		Browser.screenshot(page, "filing-part-opened");

		// Typing, then waiting: autosave stores the text without pressing save.
		page.locator("#body").click();
		page.keyboard().press("Control+End");
		page.keyboard().type("\n自动保存的新段落：培训机制仍不健全。");
		page.locator("#autosave-status")
			.filter(new Locator.FilterOptions().setHasText("已自动保存"))
			.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(15_000));
		Browser.screenshot(page, "filing-part-autosaved");
		assertThat(this.fixtures.reload(draft.getId()).section(SectionKind.PROBLEMS).orElseThrow().getBody())
			.endsWith("自动保存的新段落：培训机制仍不健全。");

		// Leaving with a change not yet saved asks first; staying keeps the text.
		// Autosave is held off meanwhile: one landing between the last key and the click
		// would leave nothing unsaved to warn about.
		List<String> dialogs = new ArrayList<>();
		page.onDialog((dialog) -> {
			dialogs.add(dialog.type());
			dialog.dismiss();
		});
		page.route("**/autosave", Route::abort);
		page.keyboard().type("尚未保存的一句。");
		page.locator("a[href='/filing/editions/" + draft.getId() + "']")
			.first()
			.click(new Locator.ClickOptions().setNoWaitAfter(true));
		page.waitForCondition(() -> dialogs.contains("beforeunload"),
				new Page.WaitForConditionOptions().setTimeout(10_000));
		assertThat(dialogs).contains("beforeunload");
		assertThat(page.locator("#body")).hasValue(Pattern.compile(".*尚未保存的一句。$", Pattern.DOTALL));
		page.unroute("**/autosave");

		// Explicit save, leave, come back: everything typed is there.
		page.locator("form[data-autosave] button[type=submit]").click();
		assertThat(page.locator(".notice-success")).hasText("已保存。");
		page.locator("a[href$='/parts/problems']").click();
		assertThat(page.locator("#body")).hasValue(Pattern.compile(".*自动保存的新段落：培训机制仍不健全。尚未保存的一句。$", Pattern.DOTALL));
		Browser.screenshot(page, "filing-part-reopened");
		browser.assertNothingRefusedOrMissing(page);
		page.context().close();
	}

	@Test
	void savingWhileAnAutosaveIsOnItsWayIsNotAConflict() {
		Fixtures.World world = this.fixtures.world();
		ReportEdition draft = this.fixtures.completeDraft(world.townshipA(), world.clerkA(), 2025);
		Page page = browser.page("http://localhost:" + this.port, 1280);
		Browser.signIn(page, world.clerkA().getUsername(), Fixtures.PASSWORD);
		page.navigate("http://localhost:" + this.port + "/filing/editions/" + draft.getId() + "/parts/problems");

		// The autosave reaches the server and is stored, but its answer (with the new
		// version) is held back while the clerk presses save: the old race that showed
		// a clerk their own autosave as someone else's edit.
		List<Runnable> heldAnswers = new ArrayList<>();
		page.route("**/autosave", (route) -> {
			APIResponse stored = route.fetch();
			heldAnswers.add(() -> route.fulfill(new Route.FulfillOptions().setResponse(stored)));
		});
		page.locator("#body").click();
		page.keyboard().press("Control+End");
		page.keyboard().type("\n保存时自动保存尚未返回。");
		page.waitForCondition(() -> !heldAnswers.isEmpty());
		assertThat(this.fixtures.reload(draft.getId()).section(SectionKind.PROBLEMS).orElseThrow().getBody())
			.endsWith("保存时自动保存尚未返回。");

		page.locator("form[data-autosave] button[type=submit]").click(new Locator.ClickOptions().setNoWaitAfter(true));
		page.waitForTimeout(300);
		heldAnswers.forEach(Runnable::run);

		assertThat(page.locator(".notice-success")).hasText("已保存。");
		assertThat(this.fixtures.reload(draft.getId()).section(SectionKind.PROBLEMS).orElseThrow().getBody())
			.endsWith("保存时自动保存尚未返回。");
		page.context().close();
	}

}
