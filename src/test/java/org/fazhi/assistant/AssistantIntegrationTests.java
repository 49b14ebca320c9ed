package org.fazhi.assistant;

import java.nio.charset.StandardCharsets;

import org.fazhi.report.EditionState;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.SectionKind;
import org.fazhi.support.Fixtures;
import org.fazhi.support.FormatFiles;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review assistant where its users meet it, on PostgreSQL: the checks API for anyone
 * signed in (and no one else), the clerk's submit page, the reviewer's queue with each
 * report's score, and the review page with a paragraph copied from last year beside its
 * source.
 */
@PostgresIntegrationTest
class AssistantIntegrationTests {

	/** A paragraph long enough to count, as a township might write it one year… */
	private static final String LAST_YEAR = "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，全年办理行政处罚案件37件，其中简易程序21件、普通程序16件，重大执法决定法制审核率100%，执法案卷合格率达到98%。";

	/** …and the next, with only the figures changed. */
	private static final String THIS_YEAR = "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，全年办理行政处罚案件42件，其中简易程序25件、普通程序17件，重大执法决定法制审核率100%，执法案卷合格率达到99%。";

	/** Problems as a township lists them, the same two years running. */
	private static final String PROBLEMS = "一是执法队伍专业化水平有待提高。部分执法人员对新出台的法律法规学习不够及时，主要原因是培训以会代训较多。\n二是村级法律顾问作用发挥不均衡。原因在于考核评价机制不够健全。";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ReportEditionRepository editions;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Scores scores;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	@Test
	void theChecksApiReadsTextAndFilesForAnyoneSignedInAndNoOneElse() throws Exception {
		String report = FormatFiles.text("report-1.txt").replace("组织领导干部旁听庭审", "当事人张建国（电话13812345678）旁听庭审");
		this.mvc
			.perform(post("/api/v1/checks").contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.content(report)
				.with(httpBasic(this.world.clerkA().getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score").isNumber())
			.andExpect(jsonPath("$.rules.length()").value(6))
			.andExpect(jsonPath("$.findings[*].code", hasItem("phoneNumber")))
			.andExpect(jsonPath("$.findings[*].code", hasItem("personName")))
			.andExpect(jsonPath("$.findings[?(@.code == 'phoneNumber')].excerpt", hasItem("13812345678")))
			.andExpect(jsonPath("$.findings[?(@.code == 'phoneNumber')].severity", hasItem("BLOCKING")))
			.andExpect(jsonPath("$.findings[?(@.code == 'phoneNumber')].message", hasItem(containsString("手机号码"))));
		this.mvc
			.perform(multipart("/api/v1/checks")
				.file(new MockMultipartFile("file", "report-3.docx", null, FormatFiles.bytes("report-3.docx")))
				.with(httpBasic(this.world.reviewer().getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findings[*].code", not(hasItem("missingPart"))));
		this.mvc.perform(post("/api/v1/checks").contentType(MediaType.TEXT_PLAIN).content("一、主要举措"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/checks").contentType(MediaType.TEXT_PLAIN)
				.content("")
				.with(httpBasic(this.world.clerkA().getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").value("empty"));
	}

	@Test
	void aParagraphCopiedFromLastYearIsShownBesideItsSourceToClerkAndReviewer() throws Exception {
		ReportEdition lastYear = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2023);
		this.fixtures.rewritePart(lastYear.getId(), SectionKind.MEASURES, (body) -> body + "\n" + LAST_YEAR);
		this.fixtures.publish(this.fixtures.submitNow(lastYear), this.world.reviewer());
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2024);
		this.fixtures.rewritePart(draft.getId(), SectionKind.MEASURES, (body) -> body + "\n" + THIS_YEAR);

		this.mvc.perform(get("/filing/editions/{id}/submit", draft.getId()).with(user(this.world.clerkA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审读助手")))
			.andExpect(content().string(containsString("与其他报告基本相同的段落：1 段")))
			.andExpect(content().string(containsString("可能照搬了上一年度的文字")))
			.andExpect(content().string(containsString(LAST_YEAR)));

		ReportEdition submitted = this.fixtures.submitted(this.world.townshipB(), this.world.clerkB(), 2024);
		this.mvc.perform(get("/review").with(user(this.world.reviewer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审读分")))
			.andExpect(content().string(containsString("必须处理 0 项")));
		this.mvc.perform(get("/review/editions/{id}", submitted.getId()).with(user(this.world.reviewer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审读助手")));
		// Someone else's edition: refused before anything is read.
		this.mvc.perform(get("/filing/editions/{id}/submit", draft.getId()).with(user(this.world.clerkB())))
			.andExpect(status().isNotFound());
	}

	/**
	 * An identity number the clerk left in: the reviewer sees it on the publish page, and
	 * cannot publish (nor schedule) until acknowledging it; then can.
	 */
	@Test
	void secrecyFindingsMustBeAcknowledgedBeforePublication() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2024);
		this.fixtures.rewritePart(draft.getId(), SectionKind.MEASURES,
				(body) -> body + "\n经复核，当事人身份证号11010519491231002X，对处罚决定无异议。");
		ReportEdition submitted = this.fixtures.submitNow(draft);
		this.mvc.perform(get("/review/editions/{id}/publish", submitted.getId()).with(user(this.world.reviewer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审读助手发现 1 处疑似个人信息或涉密内容")))
			.andExpect(content().string(containsString("11010519491231002X")));
		for (String when : new String[] { "now", "later" }) {
			this.mvc
				.perform(post("/review/editions/{id}/publish", submitted.getId())
					.param("version", Long.toString(submitted.getVersion()))
					.param("secrecyReviewed", "true")
					.param("when", when)
					.param("publishAt", "2099-01-01T09:00")
					.with(user(this.world.reviewer()))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("请逐条核对并勾选确认后再公开")));
		}
		assertThat(this.fixtures.reload(submitted.getId()).getState()).isEqualTo(EditionState.SUBMITTED);
		this.mvc
			.perform(post("/review/editions/{id}/publish", submitted.getId())
				.param("version", Long.toString(submitted.getVersion()))
				.param("secrecyReviewed", "true")
				.param("findingsAcknowledged", "true")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.reload(submitted.getId()).getState()).isEqualTo(EditionState.PUBLISHED);
	}

	/**
	 * The year at a glance for a county: each township's report public on time, late or
	 * not yet, the public reports' scores, promises kept, and the problems they name down
	 * to the paragraph, as pages and as CSV.
	 */
	@Test
	void theCountysYearsAtAGlance() throws Exception {
		ReportEdition lastYear = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2023);
		this.fixtures.rewritePart(lastYear.getId(), SectionKind.NEXT_YEAR_PLANS,
				(body) -> "（一）建成村级公共法律服务工作室十二个，实现法律顾问驻村服务全覆盖。\n（二）开展农村宅基地违法占地专项整治行动，清理历史遗留问题。");
		this.fixtures.rewritePart(lastYear.getId(), SectionKind.PROBLEMS, (body) -> PROBLEMS);
		this.fixtures.publish(this.fixtures.submitNow(lastYear), this.world.reviewer());
		ReportEdition thisYear = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2024);
		this.fixtures.rewritePart(thisYear.getId(), SectionKind.MEASURES,
				(body) -> body + "\n全年建成村级公共法律服务工作室十二个，法律顾问驻村服务实现全覆盖。");
		this.fixtures.rewritePart(thisYear.getId(), SectionKind.PROBLEMS, (body) -> PROBLEMS);
		this.fixtures.publish(this.fixtures.submitNow(thisYear), this.world.reviewer());
		this.scores.scorePending();
		String county = this.world.county().getUnifiedCode();
		// Published now, in the autumn after each deadline: late.
		this.mvc.perform(get("/statistics").param("region", county))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("报告按时公开情况")))
			.andExpect(content().string(containsString("/browse?region=" + county + "&amp;year=2024")))
			.andExpect(content().string(containsString("各年度已公开报告的平均审读分")))
			.andExpect(content().string(containsString("逾期公开")))
			.andExpect(content().string(containsString("执法队伍专业化水平有待提高")))
			.andExpect(content().string(not(containsString("逾期报送"))));
		// The county's reviewer also sees how each report went to the county; another
		// county's reviewer sees what the public sees.
		this.mvc.perform(get("/statistics").param("region", county).with(user(this.world.reviewer())))
			.andExpect(content().string(containsString("逾期报送")))
			.andExpect(content().string(containsString("仅本县审核人员和系统管理员可见")));
		this.mvc.perform(get("/statistics").param("region", county).with(user(this.world.otherReviewer())))
			.andExpect(content().string(not(containsString("逾期报送"))));
		String csv = this.mvc.perform(get("/statistics.csv").param("region", county))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv)
			.startsWith("year,townships,on_time,late,not_public,publication_due,promises,kept,scored,average_score\n")
			.containsPattern("\n2023,2,0,1,1,2024-03-31,0,0,1,\\d{1,3}\n")
			.containsPattern("\n2024,2,0,1,1,2025-03-31,2,1,1,\\d{1,3}\n");

		String townships = this.mvc.perform(get("/statistics/townships.csv").param("region", county))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(townships).startsWith("township,code,year,status,score,kept_percent\n")
			.contains(this.world.townshipA().getUnifiedCode() + ",2024,late,")
			.doesNotContain("逾期报送");
		String problems = this.mvc.perform(get("/statistics/problems.csv").param("region", county))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(problems).contains("phrase,执法队伍专业化水平有待提高,").containsPattern("\ntopic,[^,]+,");

		// Behind the recurring wording: both years' paragraphs, each linked to its place.
		this.mvc.perform(get("/statistics/problems").param("region", county).param("phrase", "执法队伍专业化水平有待提高"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/reports/" + thisYear.getReport().getId() + "#p-problems-1")))
			.andExpect(content().string(containsString("/reports/" + lastYear.getReport().getId() + "#p-problems-1")))
			.andExpect(content().string(containsString("共 2 条")));
		this.mvc
			.perform(get("/statistics/problems").param("region", county)
				.param("phrase", "执法队伍专业化水平有待提高")
				.param("year", "2024"))
			.andExpect(content().string(containsString("共 1 条")));
		this.mvc.perform(get("/statistics/problems").param("region", county).param("phrase", "法".repeat(41)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/statistics/problems").param("region", county)).andExpect(status().isNotFound());
		this.mvc.perform(get("/statistics/problems").param("region", county).param("topic", "999999"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/statistics").param("region", "NOSUCHCODE")).andExpect(status().isNotFound());
	}

	@Test
	void theTownshipPageTracksLastYearsPromises() throws Exception {
		ReportEdition lastYear = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2023);
		this.fixtures.rewritePart(lastYear.getId(), SectionKind.NEXT_YEAR_PLANS,
				(body) -> "（一）建成村级公共法律服务工作室十二个，实现法律顾问驻村服务全覆盖。\n（二）开展农村宅基地违法占地专项整治行动，清理历史遗留问题。");
		this.fixtures.publish(this.fixtures.submitNow(lastYear), this.world.reviewer());
		ReportEdition thisYear = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2024);
		this.fixtures.rewritePart(thisYear.getId(), SectionKind.MEASURES,
				(body) -> body + "\n全年建成村级公共法律服务工作室十二个，法律顾问驻村服务实现全覆盖，群众就近获得法律咨询。");
		this.fixtures.publish(this.fixtures.submitNow(thisYear), this.world.reviewer());
		this.mvc.perform(get("/agencies/{code}", this.world.townshipA().getUnifiedCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2023 年度报告中的下一年度安排共 2 项，今年的报告中找到落实情况的 1 项（50%）")))
			.andExpect(content().string(containsString("未见报告")))
			.andExpect(content().string(containsString("法律顾问驻村服务实现全覆盖，群众就近获得法律咨询")));
	}

	/**
	 * The reviewer says which paragraph reports on a plan the matching missed: the review
	 * page, the public tracker and the audit trail show it; another county's reviewer and
	 * a paragraph that does not exist change nothing.
	 */
	@Test
	void aReviewerCorrectsHowAPromiseWasMatchedAndThePublicSeesIt() throws Exception {
		ReportEdition lastYear = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2023);
		String plan = "（一）开展农村宅基地违法占地专项整治行动，清理历史遗留问题。";
		this.fixtures.rewritePart(lastYear.getId(), SectionKind.NEXT_YEAR_PLANS, (body) -> plan);
		this.fixtures.publish(this.fixtures.submitNow(lastYear), this.world.reviewer());
		ReportEdition thisYear = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2024);
		String account = "对历史遗留的乱占耕地建房问题逐户建档，完成整改四十三户，腾退土地二十一亩。";
		this.fixtures.rewritePart(thisYear.getId(), SectionKind.MEASURES, (body) -> account + "\n" + body);
		this.fixtures.publish(this.fixtures.submitNow(thisYear), this.world.reviewer());
		String code = this.world.townshipA().getUnifiedCode();
		this.mvc.perform(get("/agencies/{code}", code))
			.andExpect(content().string(containsString("今年的报告中找到落实情况的 0 项（0%）")));
		String digest = new Assessment.Promise(plan, null).digest();

		this.mvc
			.perform(post("/review/editions/{id}/promises", thisYear.getId()).param("item", digest)
				.param("paragraph", "1")
				.with(user(this.world.otherReviewer()))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/review/editions/{id}/promises", thisYear.getId()).param("item", digest)
				.param("paragraph", "9999")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(redirectedUrl("/review/editions/" + thisYear.getId() + "#promises"))
			.andExpect(flash().attribute("flash", "flash.promiseNotCorrected"));
		assertThat(this.jdbc.queryForObject("select count(*) from promise_correction where current_edition_id = ?",
				Integer.class, thisYear.getId()))
			.isZero();

		this.mvc
			.perform(post("/review/editions/{id}/promises", thisYear.getId()).param("item", digest)
				.param("paragraph", "1")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(flash().attribute("flash", "flash.promiseCorrected"));
		this.mvc.perform(get("/review/editions/{id}", thisYear.getId()).with(user(this.world.reviewer())))
			.andExpect(content().string(containsString("已由审核人员更正")));
		this.mvc.perform(get("/agencies/{code}", code))
			.andExpect(content().string(containsString("今年的报告中找到落实情况的 1 项（100%）")))
			.andExpect(content().string(containsString(account)));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'PROMISE_CORRECTED' and edition_id = ? and detail like ?",
				Integer.class, thisYear.getId(), "%" + account))
			.isEqualTo(1);
	}

}
