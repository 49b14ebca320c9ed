package org.fazhi.feedback;

import org.fazhi.report.ReportEdition;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 我为政府网站找错 as a reader, the county and an admin meet it: the form from every footer, the
 * report landing with the county whose page it is (and no other), resolved there and seen
 * by admins with its state; bad input and floods refused, changing nothing. The footer
 * names who runs the site.
 */
@PostgresIntegrationTest
class FeedbackIntegrationTests {

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
	void aReadersReportReachesTheCountyWhosePageItIsWhichResolvesIt() throws Exception {
		ReportEdition published = this.fixtures.published(this.world.townshipA(), this.world.clerkA(),
				this.world.reviewer(), 2023);
		String page = "/reports/" + published.getReport().getId();
		this.mvc.perform(get(page))
			.andExpect(content().string(containsString("/feedback?page=" + page)))
			.andExpect(content().string(containsString("主办单位：示范县人民政府办公室")))
			.andExpect(content().string(containsString("href=\"https://beian.miit.gov.cn/\"")))
			.andExpect(content().string(containsString("webSearch?code=00000000000000")))
			.andExpect(content().string(not(containsString("不使用外部字体"))));
		this.mvc.perform(get("/feedback").param("page", page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + page + "\"")));
		String description = "第二部分第三段“法制政府”应为“法治政府”。" + System.nanoTime();
		this.mvc
			.perform(from("198.51.100.7", post("/feedback")).param("page", page)
				.param("description", description)
				.param("contact", "13800000000")
				.param("website", ""))
			.andExpect(redirectedUrl("/feedback/sent?page=%2Freports%2F" + published.getReport().getId()));
		Long id = this.jdbc.queryForObject("select id from site_error_report where description = ?", Long.class,
				description);
		assertThat(this.jdbc.queryForObject("select county_id from site_error_report where id = ?", Long.class, id))
			.isEqualTo(this.world.county().getId());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where recipient = ? and kind = 'siteError' and link = '/review/feedback'",
				Integer.class, this.world.reviewer().getUsername()))
			.isPositive();

		this.mvc.perform(get("/review/feedback").with(user(this.world.reviewer())))
			.andExpect(content().string(containsString(description)))
			.andExpect(content().string(containsString("待处理")));
		this.mvc.perform(get("/review/feedback").with(user(this.world.otherReviewer())))
			.andExpect(content().string(not(containsString(description))));
		this.mvc.perform(post("/review/feedback/{id}/resolve", id).with(user(this.world.otherReviewer())).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/review/feedback/{id}/resolve", id).with(user(this.world.reviewer())).with(csrf()))
			.andExpect(redirectedUrl("/review/feedback"));
		assertThat(this.jdbc.queryForObject("select state from site_error_report where id = ?", String.class, id))
			.isEqualTo("RESOLVED");
		this.mvc.perform(get("/review/feedback").with(user(this.world.admin())))
			.andExpect(content().string(containsString(description)))
			.andExpect(content().string(containsString("已处理")));
	}

	@Test
	void badInputARobotAndAFloodChangeNothing() throws Exception {
		int before = count();
		String[][] refused = { { "/reports/1", "" }, { "//evil.example/x", "有错" }, { "/\\evil.example", "有错" },
				{ "https://evil.example/", "有错" }, { "/reports/1", "错".repeat(1001) } };
		for (String[] input : refused) {
			this.mvc
				.perform(from("198.51.100.8", post("/feedback")).param("page", input[0]).param("description", input[1]))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("field-error")));
		}
		this.mvc
			.perform(from("198.51.100.8", post("/feedback")).param("page", "/")
				.param("description", "广告")
				.param("website", "http://spam.example"))
			.andExpect(redirectedUrl("/feedback/sent?page=%2F"));
		assertThat(count()).isEqualTo(before);

		for (int i = 0; i < FeedbackThrottle.PER_ADDRESS; i++) {
			this.mvc
				.perform(from("198.51.100.9", post("/feedback")).param("page", "/")
					.param("description", "首页第" + i + "处有错。"))
				.andExpect(redirectedUrl("/feedback/sent?page=%2F"));
		}
		this.mvc.perform(from("198.51.100.9", post("/feedback")).param("page", "/").param("description", "再报一处。"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("您提交得太频繁了")));
		assertThat(count()).isEqualTo(before + FeedbackThrottle.PER_ADDRESS);
		// A page of no county goes to the admins.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from site_error_report where page = '/' and county_id is null and description like '首页第%'",
				Integer.class))
			.isGreaterThanOrEqualTo(FeedbackThrottle.PER_ADDRESS);
	}

	@Test
	void theSitemapListsEverySectionAndRegion() throws Exception {
		this.mvc.perform(get("/sitemap"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("网站地图")))
			.andExpect(content().string(containsString("/browse?region=" + this.world.county().getUnifiedCode())))
			.andExpect(content().string(containsString("/feeds/reports.atom")));
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from site_error_report", Integer.class);
	}

	private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with((r) -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

}
