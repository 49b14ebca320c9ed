package org.fazhi.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.fazhi.agency.Agency;
import org.fazhi.demo.ReportWriter;
import org.fazhi.demo.WrittenReport;
import org.fazhi.support.Browser;
import org.fazhi.support.BrowserTest;
import org.fazhi.support.Fixtures;
import org.fazhi.support.FormatFiles;
import org.fazhi.support.SavedPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county's archive going in as its admin would put it in, in real headless Chromium:
 * one .zip of old .doc, PDF, .docx and saved web pages chosen on /admin/archive, the
 * results read row by row, an imported report opened on the public site. And a clerk
 * importing a saved disclosure page sees what the page said about itself and what was
 * left out.
 */
@BrowserTest
class ArchiveBrowserTests {

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
	void anAdminPutsACountysMixedArchiveInWithOneZip() throws IOException {
		Fixtures.World world = this.fixtures.world();
		List<Agency> county = this.fixtures.countyWith("民权县", "程庄镇", "人和镇", "北关镇", "老颜集乡");
		WrittenReport page = new ReportWriter()
			.write(ReportWriter.Options.typical("老颜集乡", "民权县老颜集乡人民政府", "民权县", 2022, 4343), null);
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip, Charset.forName("GBK"))) {
			entry(out, "2021年程庄镇.doc", FormatFiles.bytes("report-1.doc"));
			entry(out, "2021年人和镇.pdf", FormatFiles.bytes("report-2.pdf"));
			entry(out, "2022年北关镇.docx", FormatFiles.bytes("report-3.docx"));
			entry(out, "老颜集乡网页.htm", SavedPage.of(page.document(false), county.get(4).getUnifiedCode() + "/2023-00012",
					Charset.forName("GBK")));
			entry(out, "扫描件.pdf", SavedPage.scannedPdf(1));
		}
		Page tab = browser.page(base(), 1280);
		Browser.signIn(tab, world.admin().getUsername(), Fixtures.PASSWORD);
		tab.navigate("/admin/archive");
		assertThat(tab.locator("#files-hint")).containsText(".zip");
		tab.locator("#files").setInputFiles(new FilePayload("民权县往年报告.zip", "application/zip", zip.toByteArray()));
		tab.locator("#county").selectOption(county.get(0).getUnifiedCode());
		tab.locator("form.form button[type=submit]").click();
		Locator results = tab.locator(".archive-results");
		assertThat(results.locator("[role=status]")).hasText("共 5 个文件：导入 4 个，拒绝 1 个。");
		assertThat(results.locator("tbody tr")).hasCount(5);
		assertThat(results.locator("tbody tr").nth(1)).containsText("民权县往年报告.zip/2021年人和镇.pdf");
		assertThat(results.locator("tbody tr").nth(1)).containsText("2021");
		assertThat(results.locator("tr.row-refused")).containsText("扫描件");
		assertThat(Browser.seriousViolations(tab)).isEmpty();
		Browser.screenshot(tab, "admin-archive-zip");

		results.locator("tbody tr").nth(3).locator("a").click();
		assertThat(tab.locator("h1")).containsText("民权县老颜集乡人民政府");
		assertThat(tab.locator(".metadata")).containsText(county.get(4).getUnifiedCode() + "/2023-00012");
		assertThat(tab.locator("main")).not().containsText("打印本页");
	}

	@Test
	void aClerkImportingASavedPageSeesWhatThePageSaidAndWhatWasLeftOut() throws IOException {
		Fixtures.World world = this.fixtures.world();
		Page tab = browser.page(base(), 1280);
		Browser.signIn(tab, world.clerkA().getUsername(), Fixtures.PASSWORD);
		tab.locator(".due-list a.button").first().click();
		tab.locator("form[action='/filing/reports'] button[type=submit]").click();
		tab.locator("a[href$='/import']").first().click();
		byte[] saved = SavedPage.of(new String(FormatFiles.bytes("report-1.txt"), StandardCharsets.UTF_8),
				"11411421MB1951073P/2022-00003", Charset.forName("GBK"));
		tab.locator("#file").setInputFiles(new FilePayload("程庄镇法治政府建设报告.html", "text/html", saved));
		tab.locator("form[action$='/import'] button[type=submit]").click();
		Locator facts = tab.locator("details.page-facts");
		facts.locator("summary").click();
		assertThat(facts).containsText("11411421MB1951073P/2022-00003");
		assertThat(facts).containsText("有效性");
		assertThat(facts.locator("ul.dropped")).containsText("【打印本页】【关闭窗口】");
		assertThat(tab.locator(".import-chunk")).hasCount(5);
		assertThat(Browser.seriousViolations(tab)).isEmpty();
		Browser.screenshot(tab, "clerk-import-saved-page");
	}

	private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
