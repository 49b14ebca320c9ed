package org.fazhi.topic;

import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin edits the topic vocabulary; nobody else may.
 */
@PostgresIntegrationTest
class TopicAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TopicRepository topics;

	Fixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	@Test
	void theDefaultVocabularyIsListed() throws Exception {
		this.mvc.perform(get("/admin/topics").with(user(this.world.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("重大行政决策与法律顾问")))
			.andExpect(content().string(containsString("数字法治政府")));
	}

	@Test
	void adminCreatesAndEditsATopic() throws Exception {
		String name = "乡村振兴法治保障" + this.world.county().getId();
		this.mvc
			.perform(post("/admin/topics/new").param("name", name)
				.param("cues", "乡村振兴,村规民约")
				.param("position", "20")
				.param("active", "true")
				.with(user(this.world.admin()))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/topics"));
		Topic created = this.topics.findByName(name).orElseThrow();
		assertThat(created.cueList()).containsExactly("乡村振兴", "村规民约");
		this.mvc
			.perform(post("/admin/topics/{id}", created.getId()).param("name", name)
				.param("cues", "乡村振兴")
				.param("position", "21")
				.with(user(this.world.admin()))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/topics"));
		Topic edited = this.topics.findById(created.getId()).orElseThrow();
		assertThat(edited.isActive()).isFalse();
		assertThat(edited.getPosition()).isEqualTo(21);
	}

	@Test
	void duplicateAndEmptyNamesAreRefusedWithMessages() throws Exception {
		long before = this.topics.count();
		this.mvc
			.perform(post("/admin/topics/new").param("name", "行政执法")
				.param("cues", "执法")
				.param("position", "1")
				.with(user(this.world.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已有同名主题")));
		this.mvc
			.perform(post("/admin/topics/new").param("name", "")
				.param("cues", "")
				.param("position", "1")
				.with(user(this.world.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项不能为空")));
		this.mvc
			.perform(post("/admin/topics/new").param("name", "新主题")
				.param("cues", "新")
				.param("position", "abc")
				.with(user(this.world.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("格式不正确")));
		assertThat(this.topics.count()).isEqualTo(before);
	}

	@Test
	void clerksReviewersAndAnonymousAreRefused() throws Exception {
		this.mvc.perform(get("/admin/topics").with(user(this.world.clerkA()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/topics").with(user(this.world.reviewer()))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/topics/new").param("name", "x")
				.param("cues", "x")
				.param("position", "1")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/topics")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/topics/999999").with(user(this.world.admin()))).andExpect(status().isNotFound());
	}

}
