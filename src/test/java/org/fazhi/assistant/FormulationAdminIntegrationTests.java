package org.fazhi.assistant;

import java.nio.charset.StandardCharsets;

import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin keeps the fixed formulations: the starting list is there on a new database,
 * an added entry is checked from the next report on, a broken or over-broad expression
 * and a duplicate are refused with a message and change nothing, and every change is
 * audited.
 */
@PostgresIntegrationTest
class FormulationAdminIntegrationTests {

	/** A county's own slip the starting list does not know. */
	private static final String WRONG = "县依法治县办" + System.nanoTime() % 1000;

	private static final String TEXT = "一、主要举措和成效\n县委全面依法治县委员会办公室督导后，" + WRONG + "组织了专题培训，参训干部126人次。\n";

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
	void theStartingListIsInTheDatabase() throws Exception {
		assertThat(this.jdbc.queryForObject("select count(*) from formulation where wrong_form = '习近平法制思想'",
				Integer.class))
			.isEqualTo(1);
		this.mvc.perform(get("/admin/formulations").with(user(this.world.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("习近平法制思想")))
			.andExpect(content().string(containsString("固定表述核对表")));
	}

	@Test
	void anAddedEntryIsCheckedAndRemovingItStopsTheCheckBothAudited() throws Exception {
		checks().andExpect(jsonPath("$.findings[*].code", not(hasItem("formulation"))));
		this.mvc
			.perform(post("/admin/formulations/new").param("wrongForm", WRONG)
				.param("rightForm", "县委全面依法治县委员会办公室")
				.with(csrf())
				.with(user(this.world.admin())))
			.andExpect(redirectedUrl("/admin/formulations"));
		checks().andExpect(jsonPath("$.findings[?(@.code == 'formulation')].excerpt", hasItem(WRONG)))
			.andExpect(jsonPath("$.findings[?(@.code == 'formulation')].message",
					hasItem(containsString("县委全面依法治县委员会办公室"))));
		assertThat(audited("FORMULATION_ADDED")).isEqualTo(1);

		Long id = this.jdbc.queryForObject("select id from formulation where wrong_form = ?", Long.class, WRONG);
		this.mvc.perform(post("/admin/formulations/{id}/delete", id).with(csrf()).with(user(this.world.admin())))
			.andExpect(redirectedUrl("/admin/formulations"));
		checks().andExpect(jsonPath("$.findings[*].code", not(hasItem("formulation"))));
		assertThat(audited("FORMULATION_REMOVED")).isEqualTo(1);
	}

	@Test
	void brokenBroadAndDuplicateEntriesAreRefusedAndChangeNothing() throws Exception {
		int before = this.jdbc.queryForObject("select count(*) from formulation", Integer.class);
		refused("re:(十[七八九]大", "十九大", "正则表达式无法解析");
		refused("re:(法制)?", "法治", "可以匹配空白内容");
		refused("习近平法制思想", "习近平法治思想", "已有相同的错误写法");
		refused("法治政府", "法治政府", "正确写法与错误写法相同");
		refused("", "法治政府", "不能为空");
		refused("法".repeat(201), "法治政府", "");
		assertThat(this.jdbc.queryForObject("select count(*) from formulation", Integer.class)).isEqualTo(before);
	}

	private void refused(String wrong, String right, String message) throws Exception {
		this.mvc
			.perform(post("/admin/formulations/new").param("wrongForm", wrong)
				.param("rightForm", right)
				.with(csrf())
				.with(user(this.world.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field-error")))
			.andExpect(content().string(containsString(message)));
	}

	private ResultActions checks() throws Exception {
		return this.mvc
			.perform(post("/api/v1/checks").contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.content(TEXT)
				.with(httpBasic(this.world.clerkA().getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isOk());
	}

	private int audited(String action) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ? and detail like ?",
				Integer.class, action, WRONG + " → %");
	}

}
