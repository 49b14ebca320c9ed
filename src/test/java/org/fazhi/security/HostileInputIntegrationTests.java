package org.fazhi.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.fazhi.report.ReportEdition;
import org.fazhi.report.SectionKind;
import org.fazhi.support.Docx;
import org.fazhi.support.Fixtures;
import org.fazhi.support.Indexing;
import org.fazhi.support.PostgresIntegrationTest;
import org.fazhi.support.WorkflowRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an outside attack on the service found, each reproduced as it was sent: deep and
 * overflowing page numbers, characters that break XML, line breaks in a download name,
 * tampered form indexes, a part made too long through import, view counts inflated by
 * anyone, and API errors in the wrong shape. Each must be answered clearly and change
 * nothing.
 */
@PostgresIntegrationTest
class HostileInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	@Test
	void deepPagesAreRefusedBeforeAnyWorkAndCursorPagingHasNoLimit() throws Exception {
		for (int year = 2020; year <= 2024; year++) {
			this.fixtures.published(this.world.townshipA(), this.world.clerkA(), this.world.reviewer(), year);
		}
		this.mvc.perform(get("/api/v1/search").param("q", "法治").param("page", "5000000").param("size", "100"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("bad_request"))
			.andExpect(jsonPath("$.message").value(containsString("cursor")));
		this.mvc.perform(get("/api/v1/search").param("q", "法治").param("page", "99999999"))
			.andExpect(status().isBadRequest());
		String region = this.world.county().getUnifiedCode();
		Indexing.eventually(() -> {
			// Past the last page that exists: a clear 400, not an empty page.
			this.mvc.perform(get("/api/v1/search").param("q", "法治").param("region", region).param("page", "3"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("页码超出范围：共 1 页。"));
			// Cursor paging walks every result, a page at a time, in date order.
			List<Long> seen = new ArrayList<>();
			String cursor = "*";
			while (cursor != null) {
				MvcResult page = this.mvc
					.perform(get("/api/v1/search").param("q", "法治")
						.param("region", region)
						.param("size", "2")
						.param("cursor", cursor))
					.andExpect(status().isOk())
					.andReturn();
				String json = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
				Matcher ids = Pattern.compile("\"id\":(\\d+)").matcher(json);
				while (ids.find()) {
					seen.add(Long.valueOf(ids.group(1)));
				}
				Matcher next = Pattern.compile("\"cursor\":\"([^\"]+)\"").matcher(json);
				cursor = next.find() ? next.group(1) : null;
			}
			assertThat(seen).hasSize(5).doesNotHaveDuplicates();
		});
		this.mvc.perform(get("/api/v1/search").param("q", "法治").param("cursor", "not-a-cursor"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("bad_request"));
		// The report list too: keyset paging from * to the end.
		MvcResult first = this.mvc
			.perform(get("/api/v1/reports").param("region", region).param("size", "3").param("cursor", "*"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(3))
			.andReturn();
		String next = com.jayway.jsonpath.JsonPath.read(first.getResponse().getContentAsString(), "$.cursor");
		this.mvc.perform(get("/api/v1/reports").param("region", region).param("size", "3").param("cursor", next))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.cursor").doesNotExist());
	}

	@Test
	void overflowingPageNumbersAreRefusedNotFailed() throws Exception {
		this.mvc.perform(get("/api/v1/reports").param("page", "21474837").param("size", "100"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("bad_request"));
		this.mvc.perform(get("/browse").param("page", "2147483647"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有这一页")));
		this.mvc.perform(get("/search").param("q", "法治").param("page", "107374183")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/sitemaps/reports-2147483647.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sitemaps/reports-99999999999.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sitemaps/reports--1.xml")).andExpect(status().isNotFound());
	}

	@Test
	void charactersXmlCannotCarryNeverReachTheFeedOrAWordFile() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		String title = "含\uFFFE非\uFFFF法\uD800字符\u0007的标题";
		this.mvc
			.perform(WorkflowRequests.metadata(draft.getId(), draft.getVersion(), title, LocalDate.now().minusDays(1),
					List.of(), this.world.clerkA()))
			.andExpect(status().is3xxRedirection());
		ReportEdition saved = this.fixtures.reload(draft.getId());
		assertThat(saved.getTitle()).isEqualTo("含非法字符的标题");
		// Text stored before input was cleaned: the writers clean on their own.
		this.jdbc.update("update report_edition set title = ? where id = ?", "旧\uFFFF标题\uFFFE", draft.getId());
		ReportEdition published = this.fixtures.publish(this.fixtures.reload(draft.getId()), this.world.reviewer());
		byte[] atom = this.mvc.perform(get("/feeds/reports.atom").param("region", this.world.county().getUnifiedCode()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(atom));
		assertThat(new String(atom, StandardCharsets.UTF_8)).contains("旧标题");
		List<String> word = Docx
			.paragraphs(this.mvc.perform(get("/reports/{id}/export.docx", published.getReport().getId()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray());
		assertThat(word.get(0)).isEqualTo("旧标题");
	}

	@Test
	void lineBreaksNeverStayInOneLineFieldsOrDownloadNames() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		this.mvc
			.perform(WorkflowRequests.metadata(draft.getId(), draft.getVersion(), "第一行\r\n第二行\n标题",
					LocalDate.now().minusDays(1), List.of(), this.world.clerkA()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.reload(draft.getId()).getTitle()).isEqualTo("第一行 第二行 标题");
		this.jdbc.update("update report_edition set title = ? where id = ?", "旧\r\n标题\n", draft.getId());
		MvcResult download = this.mvc
			.perform(get("/filing/editions/{id}/export.docx", draft.getId()).with(user(this.world.clerkA())))
			.andExpect(status().isOk())
			.andReturn();
		String disposition = download.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''").doesNotContain("\r", "\n");
	}

	@Test
	void tamperedFormIndexesAreRefusedWith400() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		for (String name : List.of("chunks[256].heading", "chunks[abc]", "chunks[99999999999].kind", "chunks[-1].body",
				"chunks[1000].thematic")) {
			this.mvc
				.perform(post("/filing/editions/{id}/import/apply", draft.getId()).param(name, "h")
					.param("title", "标题")
					.param("version", Long.toString(draft.getVersion()))
					.with(user(this.world.clerkA()))
					.with(csrf()))
				.andExpect(status().isBadRequest());
		}
		for (String name : List.of("topicIds[999]", "topicIds[abc]", "topicIds[300]")) {
			this.mvc
				.perform(post("/filing/editions/{id}/metadata", draft.getId()).param(name, "1")
					.param("title", "标题")
					.param("version", Long.toString(draft.getVersion()))
					.with(user(this.world.clerkA()))
					.with(csrf()))
				.andExpect(status().isBadRequest());
		}
		this.mvc
			.perform(multipart("/filing/editions/{id}/import", draft.getId())
				.file(new MockMultipartFile("file", "报告\u0000.docx", null, "一、措施".getBytes(StandardCharsets.UTF_8)))
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("文件名")));
		assertThat(this.fixtures.reload(draft.getId()).getVersion()).isEqualTo(draft.getVersion());
	}

	@Test
	void noPathWritesAPartLongerThanTheLimit() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		var request = post("/filing/editions/{id}/import/apply", draft.getId()).param("title", "标题")
			.param("version", Long.toString(draft.getVersion()))
			.with(user(this.world.clerkA()))
			.with(csrf());
		for (int i = 0; i < 3; i++) {
			request.param("chunks[" + i + "].kind", "MEASURES")
				.param("chunks[" + i + "].heading", "（" + i + "）主题")
				.param("chunks[" + i + "].body", "字".repeat(45_000));
		}
		this.mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(containsString("最多 50000 字")));
		ReportEdition after = this.fixtures.reload(draft.getId());
		assertThat(after.getVersion()).isEqualTo(draft.getVersion());
		assertThat(after.section(SectionKind.MEASURES).orElseThrow().characterCount()).isLessThan(50_000);
	}

	@Test
	void aReaderIsCountedOnceADayAndNothingElseCounts() throws Exception {
		ReportEdition published = this.fixtures.published(this.world.townshipA(), this.world.clerkA(),
				this.world.reviewer(), 2024);
		Long id = published.getReport().getId();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/reports/{id}", id).with((r) -> {
				r.setRemoteAddr("203.0.113.7");
				return r;
			}));
		}
		MvcResult once = this.mvc.perform(get("/reports/{id}", id).with((r) -> {
			r.setRemoteAddr("203.0.113.8");
			return r;
		})).andReturn();
		String etag = once.getResponse().getHeader("ETag");
		this.mvc.perform(get("/reports/{id}", id).header("If-None-Match", etag).with((r) -> {
			r.setRemoteAddr("203.0.113.9");
			return r;
		})).andExpect(status().isNotModified());
		this.mvc.perform(get("/reports/{id}", 987654321L)).andExpect(status().isNotFound());
		String page = this.mvc.perform(get("/reports/{id}", id).with((r) -> {
			r.setRemoteAddr("203.0.113.7");
			return r;
		})).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// Two readers: the first five and the sixth visit are one, a 304 and a missing
		// report are none.
		assertThat(page).contains("浏览次数</dt><dd>2</dd>");
	}

	@Test
	void apiErrorsAreAlwaysErrorAndMessage() throws Exception {
		this.mvc.perform(get("/error")).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/imports/parse").contentType("application/x-unknown")
				.content("x")
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.error").value("unsupported_media_type"))
			.andExpect(jsonPath("$.message").exists());
		this.mvc.perform(post("/api/v1/reports").with(user(this.world.clerkA())).with(csrf()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$.error").value("method_not_allowed"));
		this.mvc.perform(get("/api/v1/nothing-here").with(user(this.world.clerkA())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("not_found"));
		this.mvc.perform(get("/api/v1/nothing-here"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("unauthorized"));
	}

}
