package org.fazhi.attachment;

import java.nio.file.Path;

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
 * The clerk attaches the stamped scan in a real browser; the public reads it in the
 * report's 附件 after publication. Axe clean.
 */
@BrowserTest
class AttachmentBrowserTests {

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
	void theClerkAttachesTheStampedScanAndThePublicFindsIt() {
		Fixtures.World world = this.fixtures.world();
		ReportEdition draft = this.fixtures.completeDraft(world.townshipA(), world.clerkA(), 2024);
		Page clerk = browser.page("http://localhost:" + this.port, 1280);
		Browser.signIn(clerk, world.clerkA().getUsername(), Fixtures.PASSWORD);
		clerk.navigate("/filing/editions/" + draft.getId());
		clerk.locator("#attachment-file").setInputFiles(Path.of("src/test/resources/import/formats/report-2.pdf"));
		clerk.locator("form.attachment-upload button[type=submit]").click();
		clerk.waitForLoadState();
		assertThat(clerk.locator(".notice-success")).containsText("已添加附件");
		assertThat(clerk.locator(".attachment-list li")).hasCount(1);
		assertThat(clerk.locator(".attachment-list li")).containsText("report-2.pdf");
		assertThat(clerk.locator(".attachment-list li")).containsText("PDF · ");
		assertThat(Browser.seriousViolations(clerk)).isEmpty();
		Browser.screenshot(clerk, "clerk-attachment");

		ReportEdition published = this.fixtures.publish(this.fixtures.submitNow(draft), world.reviewer());
		Page reader = browser.page("http://localhost:" + this.port, 375);
		reader.navigate("/reports/" + published.getReport().getId());
		assertThat(reader.locator("#attachments")).containsText("report-2.pdf");
		assertThat(Browser.seriousViolations(reader)).isEmpty();
		browser.assertNothingRefusedOrMissing(reader);
	}

}
