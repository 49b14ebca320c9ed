package org.fazhi.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.fazhi.agency.Agency;
import org.fazhi.demo.ReportWriter;
import org.fazhi.demo.WrittenReport;
import org.fazhi.report.EditionState;
import org.fazhi.report.Report;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportRepository;
import org.fazhi.support.Fixtures;
import org.fazhi.support.FormatFiles;
import org.fazhi.support.Indexing;
import org.fazhi.support.PostgresIntegrationTest;
import org.fazhi.support.SavedPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Archive backfill on real PostgreSQL: matching, original metadata, refusals with
 * reasons, corrections, immediate search, and who may do it.
 */
@PostgresIntegrationTest
class ArchiveIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ReportRepository reports;

	@Autowired
	ReportEditionRepository editions;

	Fixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	@Test
	void adminUploadsManyFilesAndSeesWhatBecameOfEach() throws Exception {
		String word = "档案补录" + Long.toString(System.nanoTime(), 36);
		String a = """
				索引号：%s/2021-00007
				发布日期：2021-03-10
				甲镇关于2020年度法治政府建设情况的报告
				一、主要举措和成效
				全年开展%s活动。
				二、存在的不足和原因
				执法力量薄弱。
				甲镇人民政府
				2021年2月1日
				""".formatted(this.world.townshipA().getUnifiedCode(), word);
		String b = """
				乙镇2019年法治政府建设年度报告
				一、主要工作及成效
				推进依法行政。
				""";
		String unknown = """
				丁镇2019年法治政府建设年度报告
				一、主要工作及成效
				推进依法行政。
				""";
		MvcResult result = this.mvc
			.perform(multipart("/admin/archive").file(file("a.txt", a))
				.file(file("b.txt", b))
				.file(file("c.txt", unknown))
				.file(file("again.txt", a))
				.file(new MockMultipartFile("files", "broken.docx", null, new byte[] { 1, 2, 3 }))
				.param("county", this.world.county().getUnifiedCode())
				.with(user(this.world.admin()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("outcomes"))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<ArchiveOutcome> outcomes = (List<ArchiveOutcome>) result.getFlashMap().get("outcomes");
		assertThat(outcomes).extracting(ArchiveOutcome::result)
			.containsExactly(ArchiveOutcome.Result.IMPORTED, ArchiveOutcome.Result.IMPORTED,
					ArchiveOutcome.Result.REFUSED, ArchiveOutcome.Result.REFUSED, ArchiveOutcome.Result.REFUSED);
		assertThat(outcomes.get(2).reason()).contains("丁镇");
		assertThat(outcomes.get(3).reason()).contains("已经存在");
		assertThat(outcomes.get(4).reason()).contains("不是 Word");
		assertThat(outcomes.get(1).reason()).contains("存在的不足和原因");

		Report imported = this.reports.findByAgencyIdAndYear(this.world.townshipA().getId(), 2020).orElseThrow();
		assertThat(imported.getIndexNumber()).isEqualTo(this.world.townshipA().getUnifiedCode() + "/2021-00007");
		ReportEdition edition = this.editions
			.findFirstByReportIdAndStateOrderByEditionNumberDesc(imported.getId(), EditionState.PUBLISHED)
			.orElseThrow();
		// A file name is no place a reader can go: the public page names none.
		assertThat(edition.getArchivedFrom()).isNull();
		assertThat(edition.getPublishedAt()).isEqualTo(Instant.parse("2021-03-09T16:00:00Z"));
		Report second = this.reports.findByAgencyIdAndYear(this.world.townshipB().getId(), 2019).orElseThrow();
		assertThat(second.getIndexNumber()).startsWith(this.world.townshipB().getUnifiedCode() + "/");

		// Searchable at once, and shown with its note.
		Indexing.eventually(() -> {
			this.mvc.perform(get("/api/v1/search").param("q", word))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.hits[0].id").value(imported.getId()));
		});
		this.mvc.perform(get("/reports/" + imported.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("a.txt"))))
			.andExpect(content().string(not(containsString("原发布网址"))));
		// The results travel as a flash attribute in the (JDBC) session.
		this.mvc
			.perform(get("/admin/archive").cookie(result.getResponse().getCookie("SESSION"))
				.with(user(this.world.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 5 个文件：导入 2 个，拒绝 3 个。")));
	}

	@Test
	void jsonApiCanReplaceAPublishedReportAsACorrection() throws Exception {
		ReportEdition published = this.fixtures.published(this.world.townshipA(), this.world.clerkA(),
				this.world.reviewer(), 2022);
		String text = "甲镇2022年法治政府建设年度报告\\n一、主要举措和成效\\n档案中的原文。\\n二、存在的不足和原因\\n不足。";
		String body = """
				{"county": "%s", "onExisting": "%s", "reports": [{"name": "old.html", "source": "http://example.gov.cn/a.html", "text": "%s"}]}
				""";
		this.mvc
			.perform(post("/api/v1/archive").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(this.world.county().getUnifiedCode(), "refuse", text))
				.with(httpBasic(this.world.admin().getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.refused").value(1));
		this.mvc
			.perform(post("/api/v1/archive").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(this.world.county().getUnifiedCode(), "correct", text))
				.with(httpBasic(this.world.admin().getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.results[0].result").value("CORRECTED"))
			.andExpect(jsonPath("$.results[0].indexNumber").value(published.getReport().getIndexNumber()));
		List<ReportEdition> all = this.editions.findByReportIdOrderByEditionNumberAsc(published.getReport().getId());
		assertThat(all).extracting(ReportEdition::getState)
			.containsExactly(EditionState.SUPERSEDED, EditionState.PUBLISHED);
		assertThat(all.get(1).getArchivedFrom()).isEqualTo("http://example.gov.cn/a.html");
	}

	/**
	 * A county's archive as it really is, in one .zip: old Word .doc, a PDF, a .docx, a
	 * disclosure page saved in GBK, last year's file twice, a scan and a macOS leftover.
	 */
	@Test
	void aCountysArchiveOfMixedFilesGoesInAsOneZip() throws Exception {
		List<Agency> county = this.fixtures.countyWith("民权县", "程庄镇", "人和镇", "北关镇", "老颜集乡");
		Agency laoyanji = county.get(4);
		WrittenReport page = new ReportWriter()
			.write(ReportWriter.Options.typical("老颜集乡", "民权县老颜集乡人民政府", "民权县", 2022, 4242), null);
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip, Charset.forName("GBK"))) {
			entry(out, "往年报告/2021年程庄镇.doc", FormatFiles.bytes("report-1.doc"));
			entry(out, "往年报告/2021年人和镇.pdf", FormatFiles.bytes("report-2.pdf"));
			entry(out, "往年报告/2022年北关镇.docx", FormatFiles.bytes("report-3.docx"));
			entry(out, "往年报告/老颜集乡网页.html", SavedPage.of(page.document(false), laoyanji.getUnifiedCode() + "/2023-00011",
					Charset.forName("GBK")));
			entry(out, "往年报告/2021年程庄镇（复制）.txt", FormatFiles.bytes("report-1.txt"));
			entry(out, "往年报告/扫描件.pdf", SavedPage.scannedPdf(2));
			entry(out, "__MACOSX/往年报告/._2021年程庄镇.doc", new byte[] { 0, 5, 22, 7 });
		}
		MvcResult result = this.mvc
			.perform(multipart("/admin/archive")
				.file(new MockMultipartFile("files", "民权县往年报告.zip", "application/zip", zip.toByteArray()))
				.param("county", county.get(0).getUnifiedCode())
				.with(user(this.world.admin()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		@SuppressWarnings("unchecked")
		List<ArchiveOutcome> outcomes = (List<ArchiveOutcome>) result.getFlashMap().get("outcomes");
		assertThat(outcomes).extracting(ArchiveOutcome::name)
			.containsExactly("民权县往年报告.zip/2021年程庄镇.doc", "民权县往年报告.zip/2021年人和镇.pdf", "民权县往年报告.zip/2022年北关镇.docx",
					"民权县往年报告.zip/老颜集乡网页.html", "民权县往年报告.zip/2021年程庄镇（复制）.txt", "民权县往年报告.zip/扫描件.pdf");
		assertThat(outcomes).extracting(ArchiveOutcome::result)
			.containsExactly(ArchiveOutcome.Result.IMPORTED, ArchiveOutcome.Result.IMPORTED,
					ArchiveOutcome.Result.IMPORTED, ArchiveOutcome.Result.IMPORTED, ArchiveOutcome.Result.REFUSED,
					ArchiveOutcome.Result.REFUSED);
		assertThat(outcomes.get(4).reason()).contains("已经存在");
		assertThat(outcomes.get(5).reason()).contains("扫描件");
		int[][] expected = { { 1, 2021 }, { 2, 2021 }, { 3, 2022 }, { 4, 2022 } };
		for (int[] township : expected) {
			Report report = this.reports.findByAgencyIdAndYear(county.get(township[0]).getId(), township[1])
				.orElseThrow();
			ReportEdition edition = this.editions
				.findFirstByReportIdAndStateOrderByEditionNumberDesc(report.getId(), EditionState.PUBLISHED)
				.orElseThrow();
			assertThat(edition.getSections()).as(county.get(township[0]).getShortName()).hasSizeGreaterThanOrEqualTo(5);
			assertThat(edition.fullText()).doesNotContain("— 2 —", "打印本页", "主办单位");
		}
		Report fromPage = this.reports.findByAgencyIdAndYear(laoyanji.getId(), 2022).orElseThrow();
		assertThat(fromPage.getIndexNumber()).isEqualTo(laoyanji.getUnifiedCode() + "/2023-00011");
		// The saved page says where it was saved from: that is what readers are shown.
		String address = SavedPage.address(laoyanji.getUnifiedCode() + "/2023-00011");
		this.mvc.perform(get("/reports/" + fromPage.getId()))
			.andExpect(content().string(containsString("本文由历史档案补录，原发布网址：")))
			.andExpect(content().string(containsString("href=\"" + address + "\"")));
	}

	private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

	@Test
	void onlyAdminsMayBackfill() throws Exception {
		this.mvc.perform(get("/admin/archive").with(user(this.world.reviewer()))).andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/admin/archive").file(file("a.txt", "x")).with(user(this.world.clerkA())).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/archive").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reports\": [{\"text\": \"x\"}]}")
				.with(httpBasic(this.world.reviewer().getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/archive").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reports\": 5}")
				.with(httpBasic(this.world.admin().getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("bad_request"));
	}

	private static MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("files", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
	}

}
