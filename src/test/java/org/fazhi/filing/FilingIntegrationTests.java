package org.fazhi.filing;

import org.fazhi.audit.AuditEventRepository;
import org.fazhi.report.EditionState;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.SectionKind;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PartRequests;
import org.fazhi.support.PostgresIntegrationTest;
import org.hamcrest.Matchers;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The clerk's filing pages on real PostgreSQL, with security on: who may reach them, and
 * what saving and submitting do.
 */
@PostgresIntegrationTest
class FilingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ReportEditionRepository editions;

	@Autowired
	AuditEventRepository audit;

	Fixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	@Test
	void clerkStartsAReportWithTheStandardTitleAndHeadings() throws Exception {
		this.mvc.perform(post("/filing/reports").param("year", "2025").with(user(this.world.clerkA())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/filing/editions/*"));
		ReportEdition edition = this.editions
			.findByReportAgencyIdOrderByReportYearDescEditionNumberDesc(this.world.townshipA().getId())
			.get(0);
		ReportEdition loaded = this.fixtures.reload(edition.getId());
		assertThat(loaded.getTitle()).isEqualTo(this.world.townshipA().getFullName() + "关于2025年度法治政府建设情况的报告");
		assertThat(loaded.getSections()).hasSize(5);
		assertThat(loaded.section(SectionKind.MEASURES).orElseThrow().getHeading())
			.isEqualTo("一、2025年推进法治政府建设的主要举措和成效");
		assertThat(loaded.section(SectionKind.NEXT_YEAR_PLANS).orElseThrow().getHeading()).contains("2026年");
		assertThat(loaded.getSigningAgency()).isEqualTo(this.world.townshipA().getFullName());
		assertThat(this.audit.findByReportIdOrderByOccurredAtAscIdAsc(loaded.getReport().getId())).extracting("action")
			.containsExactly("CREATE");
	}

	@Test
	void aSecondReportForTheSameYearIsRefusedWithAMessage() throws Exception {
		this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2024);
		this.mvc.perform(post("/filing/reports").param("year", "2024").with(user(this.world.clerkA())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2024 年度的报告已经存在")));
	}

	@Test
	void yearsOutsideTheRangeAndGarbageAreRefusedWithoutA500() throws Exception {
		this.mvc.perform(post("/filing/reports").param("year", "1999").with(user(this.world.clerkA())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只能开始撰写以下年度的报告")));
		this.mvc.perform(post("/filing/reports").param("year", "abc").with(user(this.world.clerkA())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请修改以下内容")));
	}

	@Test
	void clerkCannotSeeAnotherTownshipsDraft() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		this.mvc.perform(get("/filing/editions/{id}", draft.getId()).with(user(this.world.clerkB())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(Matchers.not(containsString(draft.getTitle()))));
		this.mvc
			.perform(PartRequests.save(draft.getId(), "measures", "x", "篡改", draft.getVersion(), this.world.clerkB()))
			.andExpect(status().isNotFound());
		assertThat(this.fixtures.reload(draft.getId()).section(SectionKind.MEASURES).orElseThrow().getBody())
			.doesNotContain("篡改");
	}

	@Test
	void reviewersAdminsAndAnonymousCannotReachFiling() throws Exception {
		this.mvc.perform(get("/filing").with(user(this.world.reviewer()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/filing").with(user(this.world.admin()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/filing")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void postsWithoutACsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/filing/reports").param("year", "2025").with(user(this.world.clerkA())))
			.andExpect(status().isForbidden());
	}

	@Test
	void savingAPartKeepsParagraphsExactlyAndIsAudited() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		String body = "第一段，含“引号”和 <b>尖括号</b>。\n\n　　第二段以全角空格开头。\n第三段";
		this.mvc
			.perform(PartRequests.save(draft.getId(), "problems", "二、存在的问题", body, draft.getVersion(),
					this.world.clerkA()))
			.andExpect(status().is3xxRedirection());
		ReportEdition saved = this.fixtures.reload(draft.getId());
		assertThat(saved.section(SectionKind.PROBLEMS).orElseThrow().getBody()).isEqualTo(body);
		assertThat(saved.section(SectionKind.PROBLEMS).orElseThrow().getHeading()).isEqualTo("二、存在的问题");
		assertThat(saved.getVersion()).isGreaterThan(draft.getVersion());
		assertThat(this.audit.findByReportIdOrderByOccurredAtAscIdAsc(saved.getReport().getId())).extracting("action")
			.contains("SAVE");
	}

	@Test
	void aSaveFromAStaleFormIsRefusedAndTheTypedTextStaysOnScreen() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		long stale = draft.getVersion();
		this.mvc.perform(PartRequests.save(draft.getId(), "measures", "一、举措", "先保存的内容", stale, this.world.clerkA()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(PartRequests.save(draft.getId(), "measures", "一、举措", "后打开页面的人输入的内容", stale, this.world.clerkA()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已被他人修改")))
			.andExpect(content().string(containsString("后打开页面的人输入的内容")));
		assertThat(this.fixtures.reload(draft.getId()).section(SectionKind.MEASURES).orElseThrow().getBody())
			.isEqualTo("先保存的内容");
	}

	@Test
	void aPartOverTheLengthLimitIsRefusedWithAClearMessage() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		this.mvc
			.perform(PartRequests.save(draft.getId(), "measures", "一、举措", "字".repeat(50_001), draft.getVersion(),
					this.world.clerkA()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("正文过长")));
		assertThat(this.fixtures.reload(draft.getId()).getVersion()).isEqualTo(draft.getVersion());
	}

	@Test
	void unknownPartsAndIdsAnswer404() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		this.mvc.perform(get("/filing/editions/{id}/parts/nonsense", draft.getId()).with(user(this.world.clerkA())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/filing/editions/999999999").with(user(this.world.clerkA())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/filing/editions/abc").with(user(this.world.clerkA())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void submitIsRefusedWhileRequiredPartsAreMissingAndListsThem() throws Exception {
		this.mvc.perform(post("/filing/reports").param("year", "2025").with(user(this.world.clerkA())).with(csrf()));
		ReportEdition edition = this.editions
			.findByReportAgencyIdOrderByReportYearDescEditionNumberDesc(this.world.townshipA().getId())
			.get(0);
		this.mvc
			.perform(post("/filing/editions/{id}/submit", edition.getId()).param("version", "0")
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“主要举措和成效”尚未写完")))
			.andExpect(content().string(containsString("请填写成文日期")))
			.andExpect(content().string(containsString("/parts/problems")));
		assertThat(this.fixtures.reload(edition.getId()).getState()).isEqualTo(EditionState.DRAFT);
	}

	@Test
	void submittingFreezesTheEdition() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		this.mvc.perform(get("/filing/editions/{id}/submit", draft.getId()).with(user(this.world.clerkA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("检查通过")));
		this.mvc
			.perform(post("/filing/editions/{id}/submit", draft.getId())
				.param("version", Long.toString(draft.getVersion()))
				.param("confirmWarnings", "true")
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/filing"));
		ReportEdition submitted = this.fixtures.reload(draft.getId());
		assertThat(submitted.getState()).isEqualTo(EditionState.SUBMITTED);
		assertThat(submitted.getSubmittedBy()).isEqualTo(this.world.clerkA().getUsername());

		this.mvc
			.perform(PartRequests.save(draft.getId(), "measures", "一、", "报送后的改动", submitted.getVersion(),
					this.world.clerkA()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.reload(draft.getId()).section(SectionKind.MEASURES).orElseThrow().getBody())
			.doesNotContain("报送后的改动");
		// Submitting twice (a double click) does not transition twice.
		this.mvc
			.perform(post("/filing/editions/{id}/submit", draft.getId())
				.param("version", Long.toString(submitted.getVersion()))
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只有草稿或被退回的报告可以报送")));
		assertThat(this.audit.findByReportIdOrderByOccurredAtAscIdAsc(submitted.getReport().getId()))
			.filteredOn((e) -> "SUBMIT".equals(e.getAction()))
			.hasSize(1);
	}

}
