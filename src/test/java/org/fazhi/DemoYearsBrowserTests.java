package org.fazhi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.fazhi.assistant.Scores;
import org.fazhi.support.Browser;
import org.fazhi.support.BrowserAvailable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default's five demo years, as a new user first sees them, in real headless
 * Chromium: the county's year at a glance with scores, promises and the problems its
 * reports name, down to the paragraphs behind a figure; the promise tracker a reviewer
 * corrects and the public then sees; the demo draft whose phone and ID number the clerk's
 * task list catches. Axe clean on a phone and in 适老模式.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserAvailable.class)
class DemoYearsBrowserTests {

	/** 民权县: 程庄镇 on time, 人和镇 returned once a year, 北关镇 copying from 2023. */
	private static final String MINQUAN = "11411421005440386B";

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Scores scores;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("fazhi-demo-years");
		registry.add("fazhi.data-dir", dir::toString);
	}

	@BeforeAll
	static void launch() {
		browser = Browser.launch();
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	@BeforeEach
	void scored() {
		// The scheduled pass would get there within seconds; the test need not wait.
		this.scores.scorePending();
	}

	@Test
	void theCountysYearsAtAGlanceLeadToTheParagraphsBehindThem() {
		Page page = browser.page("http://localhost:" + this.port, 375);
		page.navigate("/statistics?region=" + MINQUAN);
		assertThat(page.locator("h1")).containsText("民权县人民政府年度统计");
		assertThat(page.locator("svg.chart")).hasCount(4);
		Locator scores = page.locator("table", new Page.LocatorOptions().setHasText("平均审读分"));
		assertThat(scores.locator("tbody tr")).hasCount(5);
		assertThat(scores).not().containsText("—");
		Locator townships = page.locator("table.township-years");
		assertThat(townships.locator("tbody tr")).hasCount(3);
		assertThat(townships.locator("tr", new Locator.LocatorOptions().setHasText("人和镇")).locator("td").last())
			.containsText("逾期未公开");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		browser.assertNothingRefusedOrMissing(page);
		Browser.screenshot(page, "demo-statistics-phone");

		// The copying township scores below the one that writes afresh, every year it
		// copies.
		int copier = score(townships, "北关镇", 4);
		int afresh = score(townships, "程庄镇", 4);
		assertThat(copier).isLessThan(afresh);

		Locator phrases = page.locator("table", new Page.LocatorOptions().setHasText("问题表述"));
		Locator first = phrases.locator("tbody tr").first().locator("th a");
		String phrase = first.textContent().strip();
		first.click();
		assertThat(page.locator("h1")).containsText(phrase);
		Locator examples = page.locator("ol.examples > li");
		assertThat(examples.first()).containsText(phrase);
		assertThat(Browser.seriousViolations(page)).isEmpty();
		examples.first().locator("a").click();
		page.waitForURL("**/reports/*#p-problems-*");
		String anchor = page.url().substring(page.url().indexOf('#') + 1);
		assertThat(page.locator("#" + anchor)).containsText(phrase);
	}

	@Test
	void aReviewersCorrectionOfAPromiseIsWhatThePublicSees() {
		Page reviewer = browser.page("http://localhost:" + this.port, 1280);
		Browser.signIn(reviewer, "minquan", "fazhi-demo");
		reviewer.navigate("/review?state=PUBLISHED&year=2024");
		reviewer.locator("a", new Page.LocatorOptions().setHasText("民权县程庄镇人民政府")).first().click();
		Locator promises = reviewer.locator("#promises li");
		Locator open = promises.filter(new Locator.FilterOptions().setHasText("未见报告")).first();
		String item = open.locator("p").first().textContent().replace("工作安排：", "").strip();
		open.locator("select").selectOption("2");
		open.locator("button").click();
		reviewer.waitForLoadState();
		Locator corrected = reviewer.locator("#promises li", new Page.LocatorOptions().setHasText(item));
		assertThat(corrected.locator(".tag")).hasText("已由审核人员更正");
		assertThat(Browser.seriousViolations(reviewer)).isEmpty();

		Page visitor = browser.page("http://localhost:" + this.port, 375);
		visitor.navigate("/agencies/11411421MB1951073P");
		visitor.locator("a.care-toggle").click();
		visitor.waitForLoadState();
		assertThat(visitor.locator("a.care-toggle")).hasText("退出适老模式");
		Locator row = visitor.locator("table.promises tr", new Page.LocatorOptions().setHasText(item)).first();
		assertThat(row).hasClass(Pattern.compile("promise-kept"));
		assertThat(Browser.seriousViolations(visitor)).isEmpty();
		Browser.screenshot(visitor, "demo-promise-tracker-elderly-phone");
	}

	@Test
	void theDemoDraftsPhoneAndIdNumberAreCaughtOnTheTaskList() {
		Page clerk = browser.page("http://localhost:" + this.port, 375);
		Browser.signIn(clerk, "liangwa", "fazhi-demo");
		clerk.navigate("/filing");
		clerk.locator("a[href^='/filing/editions/']").first().click();
		assertThat(clerk.locator(".assessment-summary")).containsText("必须处理 2 项");
		assertThat(clerk.locator(".task-list li").first().locator(".finding-count")).containsText("必须处理 2 项");
		clerk.locator(".assessment-summary a").click();
		Locator id = clerk.locator("li.finding[data-code=personalId]");
		assertThat(id.locator("mark")).hasText("410423198705127618");
		assertThat(clerk.locator("li.finding[data-code=phoneNumber] mark")).hasText("13937512345");
		id.locator("a", new Locator.LocatorOptions().setHasText("段")).click();
		String anchor = clerk.url().substring(clerk.url().indexOf('#') + 1);
		assertThat(clerk.locator("#" + anchor)).containsText("410423198705127618");
		assertThat(Browser.seriousViolations(clerk)).isEmpty();
		Browser.screenshot(clerk, "demo-draft-caught-phone");
	}

	private static int score(Locator townships, String township, int yearColumn) {
		String cell = townships.locator("tr", new Locator.LocatorOptions().setHasText(township))
			.locator("td")
			.nth(yearColumn)
			.textContent();
		Matcher m = Pattern.compile("(\\d+) 分").matcher(cell);
		assertThat(m.find()).as(township + " has a score: " + cell).isTrue();
		return Integer.parseInt(m.group(1));
	}

}
