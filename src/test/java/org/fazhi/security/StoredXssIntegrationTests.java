package org.fazhi.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionState;
import org.fazhi.report.ReportEdition;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Script payloads typed into every free-text field (title, metadata, parts, remarks,
 * reasons, topic names, agency and user names from CSV) come out inert on every page,
 * feed and export that shows them.
 */
@PostgresIntegrationTest
class StoredXssIntegrationTests {

	private static final String SCRIPT = "<script>alert('x1')</script>";

	private static final String ATTRIBUTE = "\"><img src=x onerror=alert('x2')>";

	private static final String SVG = "'><svg onload=alert('x3')>";

	private static final String FORMULA = "=HYPERLINK(\"http://evil.example\")";

	private static final List<String> LIVE = List.of("<script>alert(", "<img src=x onerror", "<svg onload");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Fixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	@Test
	void payloadsInEveryFieldRenderInert() throws Exception {
		CurrentUser clerk = this.world.clerkA();
		CurrentUser reviewer = this.world.reviewer();
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), clerk, 2024);
		long id = draft.getId();
		perform(post("/filing/editions/{id}/metadata", id).param("title", "标题" + SCRIPT + ATTRIBUTE)
			.param("addressee", SVG)
			.param("preamble", SCRIPT)
			.param("signingAgency", ATTRIBUTE)
			.param("dateWritten", "2025-01-10")
			.param("documentNumber", SVG)
			.param("keywords", SCRIPT)
			.param("version", version(id)), clerk);
		perform(post("/filing/editions/{id}/parts/measures", id).param("heading", "一、" + ATTRIBUTE)
			.param("body", "正文" + SCRIPT + "\n" + SVG + "\n" + "足够长的正文".repeat(20))
			.param("version", version(id)), clerk);
		perform(post("/filing/editions/{id}/submit", id).param("version", version(id)).param("confirmWarnings", "true"),
				clerk);
		assertThat(this.fixtures.reload(id).getState()).as(this.fixtures.reload(id).getTitle())
			.isEqualTo(EditionState.SUBMITTED);
		perform(post("/review/editions/{id}/remarks", id).param("part", "measures").param("text", SCRIPT + SVG),
				reviewer);
		perform(post("/review/editions/{id}/remarks", id).param("text", ATTRIBUTE), reviewer);
		perform(post("/review/editions/{id}/publish", id).param("version", version(id))
			.param("secrecyReviewed", "true")
			.param("when", "now"), reviewer);
		long reportId = this.fixtures.reload(id).getReport().getId();

		// A second report, withdrawn with a hostile public reason.
		ReportEdition other = this.fixtures.published(this.world.townshipB(), this.world.clerkB(), reviewer, 2023);
		perform(post("/review/editions/{id}/withdraw", other.getId()).param("version", version(other.getId()))
			.param("reason", SCRIPT + ATTRIBUTE), reviewer);

		// Names entered by admins.
		perform(post("/admin/topics/new").param("name", "主题" + SVG)
			.param("cues", SCRIPT)
			.param("position", "99")
			.param("active", "true"), this.world.admin());
		String agencyCsv = "code,full_name,short_name,level,parent_code\n" + Fixtures.code() + ",\"镇"
				+ ATTRIBUTE.replace("\"", "\"\"") + "\",\"" + SCRIPT + "\",TOWNSHIP,"
				+ this.world.county().getUnifiedCode() + "\n";
		perform(multipart("/admin/bulk/agencies").param("text", agencyCsv), this.world.admin());
		String userCsv = "username,display_name,role,agency_code\nxss-" + Long.toString(System.nanoTime(), 36) + ",\""
				+ SVG + "\",CLERK," + this.world.townshipA().getUnifiedCode() + "\n";
		String passwords = perform(multipart("/admin/bulk/users").param("text", userCsv), this.world.admin());
		assertInert("bulk users result", passwords);

		// The payloads were stored (and are shown, escaped): otherwise this test proves
		// nothing.
		assertThat(page("/reports/" + reportId, null)).contains("&lt;script&gt;alert(", "&quot;&gt;&lt;img src=x");
		assertThat(page("/reports/" + other.getReport().getId(), null)).contains("&lt;script&gt;alert(");
		assertThat(page("/admin/topics", this.world.admin())).contains("&lt;svg onload");
		for (String path : List.of("/filing/editions/" + id, "/filing/editions/" + id + "/preview", "/filing")) {
			assertInert(path, page(path, clerk));
		}
		for (String path : List.of("/review", "/review/editions/" + id, "/review/editions/" + id + "/history",
				"/review/compliance", "/review/editions/" + other.getId(), "/inbox")) {
			assertInert(path, page(path, reviewer));
		}
		for (String path : List.of("/admin/topics", "/admin/users",
				"/review/compliance?region=" + this.world.county().getUnifiedCode())) {
			assertInert(path, page(path, this.world.admin()));
		}
		for (String path : List.of("/", "/browse", "/reports/" + reportId, "/reports/" + reportId + "/print",
				"/reports/" + other.getReport().getId(), "/agencies/" + this.world.townshipA().getUnifiedCode(),
				"/browse?region=" + this.world.county().getUnifiedCode(), "/search?q=alert", "/search?q=" + SCRIPT,
				"/feeds/reports.atom")) {
			assertInert(path, page(path, null));
		}
		// JSON carries the text as data; it is inert because browsers are told it is JSON
		// and must not sniff it into HTML.
		for (String path : List.of("/api/v1/reports/" + reportId, "/api/v1/search?q=alert")) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", Matchers.startsWith("application/json")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		}
		String docx = documentXml(this.mvc.perform(get("/reports/" + reportId + "/export.docx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertInert("export.docx", docx);
		assertThat(docx).contains("&lt;script");
	}

	@Test
	void csvExportNeutralisesFormulas() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2024);
		perform(multipart("/admin/bulk/agencies").param("text",
				"code,full_name,short_name,level,parent_code\n" + Fixtures.code() + ",\""
						+ FORMULA.replace("\"", "\"\"") + "\",\"+cmd\",TOWNSHIP," + this.world.county().getUnifiedCode()
						+ "\n"),
				this.world.admin());
		String csv = this.mvc.perform(get("/review/compliance.csv").with(user(this.world.reviewer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
		assertThat(draft).isNotNull();
	}

	private String perform(AbstractMockHttpServletRequestBuilder<?> request, CurrentUser as) throws Exception {
		return this.mvc.perform(request.with(user(as)).with(csrf()))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI())
				.isLessThan(400))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(String path, CurrentUser as) throws Exception {
		MockHttpServletRequestBuilder request = get(path);
		if (as != null) {
			request = request.with(user(as));
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String version(long editionId) {
		return Long.toString(this.fixtures.reload(editionId).getVersion());
	}

	private static void assertInert(String where, String body) {
		for (String live : LIVE) {
			assertThat(body).as(where).doesNotContain(live);
		}
	}

	private static String documentXml(byte[] docx) throws Exception {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new IllegalStateException("no document.xml");
	}

}
