package org.fazhi.review;

import org.fazhi.audit.AuditEventRepository;
import org.fazhi.report.EditionState;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReviewRemarkRepository;
import org.fazhi.support.Fixtures;
import org.fazhi.support.Indexing;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reviewer's queue and decisions on real PostgreSQL: county scoping, the reasons a
 * decision is refused, and what publication does (index number, public page, search).
 */
@PostgresIntegrationTest
class ReviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ReviewRemarkRepository remarks;

	@Autowired
	AuditEventRepository audit;

	Fixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	@Test
	void theQueueShowsSubmissionsFromTheReviewersCountyOnly() throws Exception {
		ReportEdition mine = this.fixtures.submitted(this.world.townshipA(), this.world.clerkA(), 2025);
		ReportEdition elsewhere = this.fixtures.submitted(this.world.townshipC(), this.world.clerkA(), 2025);
		this.mvc.perform(get("/review").with(user(this.world.reviewer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/review/editions/" + mine.getId() + "\"")))
			.andExpect(content().string(not(containsString("/review/editions/" + elsewhere.getId() + "\""))));
	}

	@Test
	void aReviewerOfAnotherCountyGets404AndCannotDecide() throws Exception {
		ReportEdition edition = this.fixtures.submitted(this.world.townshipA(), this.world.clerkA(), 2025);
		this.mvc.perform(get("/review/editions/{id}", edition.getId()).with(user(this.world.otherReviewer())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(edition.getTitle()))));
		this.mvc
			.perform(post("/review/editions/{id}/publish", edition.getId())
				.param("version", Long.toString(edition.getVersion()))
				.param("secrecyReviewed", "true")
				.with(user(this.world.otherReviewer()))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.fixtures.reload(edition.getId()).getState()).isEqualTo(EditionState.SUBMITTED);
	}

	@Test
	void clerksAndAnonymousCannotReachReview() throws Exception {
		ReportEdition edition = this.fixtures.submitted(this.world.townshipA(), this.world.clerkA(), 2025);
		this.mvc.perform(get("/review").with(user(this.world.clerkA()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/review/editions/{id}", edition.getId()).with(user(this.world.clerkA())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/review/editions/{id}/publish", edition.getId()).param("secrecyReviewed", "true")
				.param("version", Long.toString(edition.getVersion()))
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/review")).andExpect(redirectedUrl("/login"));
		assertThat(this.fixtures.reload(edition.getId()).getState()).isEqualTo(EditionState.SUBMITTED);
	}

	@Test
	void publishingRequiresTheSecrecyReview() throws Exception {
		ReportEdition edition = this.fixtures.submitted(this.world.townshipA(), this.world.clerkA(), 2025);
		this.mvc
			.perform(post("/review/editions/{id}/publish", edition.getId())
				.param("version", Long.toString(edition.getVersion()))
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("公开前须确认已完成保密审查")));
		assertThat(this.fixtures.reload(edition.getId()).getState()).isEqualTo(EditionState.SUBMITTED);
	}

	@Test
	void whoeverSubmittedCannotPublishEvenAsAdmin() throws Exception {
		ReportEdition edition = this.fixtures.submitted(this.world.townshipA(), this.world.admin(), 2025);
		this.mvc
			.perform(post("/review/editions/{id}/publish", edition.getId())
				.param("version", Long.toString(edition.getVersion()))
				.param("secrecyReviewed", "true")
				.with(user(this.world.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("报送人不能公开自己报送的报告")));
		assertThat(this.fixtures.reload(edition.getId()).getState()).isEqualTo(EditionState.SUBMITTED);
	}

	@Test
	void aDecisionFromAStalePageIsRefused() throws Exception {
		ReportEdition edition = this.fixtures.submitted(this.world.townshipA(), this.world.clerkA(), 2025);
		this.mvc
			.perform(post("/review/editions/{id}/publish", edition.getId())
				.param("version", Long.toString(edition.getVersion() - 1))
				.param("secrecyReviewed", "true")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "flash.stale"));
		assertThat(this.fixtures.reload(edition.getId()).getState()).isEqualTo(EditionState.SUBMITTED);
	}

	@Test
	void publishingAssignsTheIndexNumberAndMakesTheReportPublicAndSearchable() throws Exception {
		ReportEdition edition = this.fixtures.submitted(this.world.townshipA(), this.world.clerkA(), 2025);
		Long reportId = edition.getReport().getId();
		this.mvc.perform(get("/reports/{id}", reportId)).andExpect(status().isNotFound());

		this.mvc
			.perform(post("/review/editions/{id}/publish", edition.getId())
				.param("version", Long.toString(edition.getVersion()))
				.param("secrecyReviewed", "true")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(redirectedUrl("/review"))
			.andExpect(flash().attribute("flash", "flash.published"));

		ReportEdition published = this.fixtures.reload(edition.getId());
		assertThat(published.getState()).isEqualTo(EditionState.PUBLISHED);
		String indexNumber = published.getReport().getIndexNumber();
		assertThat(indexNumber).matches(this.world.townshipA().getUnifiedCode() + "/\\d{4}-00001");
		this.mvc.perform(get("/reports/{id}", reportId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(indexNumber)))
			.andExpect(content().string(containsString(published.getTitle())))
			.andExpect(content().string(containsString("工作报告")));
		// The title carries the township's unique name, so only this report can match it.
		Indexing.eventually(() -> {
			this.mvc.perform(get("/search").param("q", this.world.townshipA().getFullName()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/reports/" + reportId + "\"")));
		});
		assertThat(this.audit.findByReportIdOrderByOccurredAtAscIdAsc(reportId)).extracting("action")
			.contains("PUBLISH");
	}

	@Test
	void returningRequiresAReasonAndKeepsItAsARemark() throws Exception {
		ReportEdition edition = this.fixtures.submitted(this.world.townshipA(), this.world.clerkA(), 2025);
		this.mvc
			.perform(post("/review/editions/{id}/return", edition.getId())
				.param("version", Long.toString(edition.getVersion()))
				.param("reason", "  ")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("退回时须填写退回原因")));
		assertThat(this.fixtures.reload(edition.getId()).getState()).isEqualTo(EditionState.SUBMITTED);

		this.mvc
			.perform(post("/review/editions/{id}/return", edition.getId())
				.param("version", Long.toString(edition.getVersion()))
				.param("reason", "存在的不足部分过于简略，请补充原因分析。")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(redirectedUrl("/review"));
		assertThat(this.fixtures.reload(edition.getId()).getState()).isEqualTo(EditionState.RETURNED);
		assertThat(this.remarks.findByEditionIdOrderByCreatedAtAscIdAsc(edition.getId())).singleElement()
			.satisfies((r) -> assertThat(r.getBody()).isEqualTo("存在的不足部分过于简略，请补充原因分析。"));
		this.mvc.perform(get("/reports/{id}", edition.getReport().getId())).andExpect(status().isNotFound());
	}

}
