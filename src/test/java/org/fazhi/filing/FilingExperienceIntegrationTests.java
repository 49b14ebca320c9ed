package org.fazhi.filing;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fazhi.report.EditionState;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.SectionKind;
import org.fazhi.report.Submission;
import org.fazhi.report.SubmissionRepository;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PartRequests;
import org.fazhi.support.PostgresIntegrationTest;
import org.fazhi.support.WorkflowRequests;
import org.fazhi.topic.Topic;
import org.fazhi.topic.TopicRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The clerk's writing experience on real PostgreSQL: starting from last year, autosave,
 * conflicts, topics, checks and warnings, snapshots, returned reports, preview and Word
 * export.
 */
@PostgresIntegrationTest
class FilingExperienceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ReportEditionRepository editions;

	@Autowired
	SubmissionRepository submissions;

	@Autowired
	TopicRepository topics;

	Fixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	@Test
	void startingFromLastYearsHeadingsMovesYearsOnAndLeavesBodiesEmpty() throws Exception {
		this.fixtures.published(this.world.townshipA(), this.world.clerkA(), this.world.reviewer(), 2024);
		ReportEdition started = start(2025, "HEADINGS");
		assertThat(started.getTitle()).contains("2025年度").doesNotContain("2024");
		assertThat(started.section(SectionKind.MEASURES).orElseThrow().getHeading()).isEqualTo("MEASURES");
		assertThat(started.getSections()).allSatisfy((s) -> assertThat(s.getBody()).isEmpty());
		assertThat(started.getAddressee()).isEqualTo("县委、县政府：");
		assertThat(started.getDateWritten()).isNull();
	}

	@Test
	void startingFromLastYearsFullTextCopiesTheBodies() throws Exception {
		this.fixtures.published(this.world.townshipA(), this.world.clerkA(), this.world.reviewer(), 2024);
		ReportEdition started = start(2025, "FULL");
		assertThat(started.section(SectionKind.PROBLEMS).orElseThrow().getBody()).contains("执法人员专业能力不足");
		assertThat(started.getState()).isEqualTo(EditionState.DRAFT);
	}

	@Test
	void copyingAYearWithoutAPublishedReportIsRefusedAndTheLatestPublishedYearOffered() throws Exception {
		this.mvc.perform(WorkflowRequests.start(2025, "FULL", this.world.clerkA()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2024年度没有已公开的报告可以沿用，请从空白开始。")));
		assertThat(this.editions
			.findByReportAgencyIdOrderByReportYearDescEditionNumberDesc(this.world.townshipA().getId())).isEmpty();
		this.fixtures.published(this.world.townshipA(), this.world.clerkA(), this.world.reviewer(), 2023);
		this.mvc.perform(WorkflowRequests.start(2025, "HEADINGS", this.world.clerkA()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("可以改为沿用2023年度的报告")));
		this.mvc.perform(get("/filing").with(user(this.world.clerkA())))
			.andExpect(
					content().string(containsString("<option value=\"2023\" selected=\"selected\">2023年度</option>")));
		this.mvc.perform(WorkflowRequests.start(2025, "HEADINGS", this.world.clerkA()).param("sourceYear", "2023"))
			.andExpect(status().is3xxRedirection());
		ReportEdition started = this.fixtures.reload(
				this.editions.findByReportAgencyIdOrderByReportYearDescEditionNumberDesc(this.world.townshipA().getId())
					.get(0)
					.getId());
		assertThat(started.getReport().getYear()).isEqualTo(2025);
		// Two years on: 2023 becomes 2025 and its plans for 2024 become plans for 2026.
		assertThat(started.getTitle()).contains("2025年度").doesNotContain("2023");
		assertThat(started.section(SectionKind.MEASURES).orElseThrow().getBody()).isEmpty();
	}

	@Test
	void anEmptyStartUsesTheStandardHeadings() throws Exception {
		ReportEdition started = start(2025, "EMPTY");
		assertThat(started.section(SectionKind.MEASURES).orElseThrow().getHeading())
			.isEqualTo("一、2025年推进法治政府建设的主要举措和成效");
	}

	@Test
	void theMeasuresPageShowsLastYearsPlans() throws Exception {
		this.fixtures.published(this.world.townshipA(), this.world.clerkA(), this.world.reviewer(), 2024);
		ReportEdition started = start(2025, "HEADINGS");
		this.mvc.perform(get("/filing/editions/{id}/parts/measures", started.getId()).with(user(this.world.clerkA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("上一年度报告中的工作安排")))
			.andExpect(content().string(containsString("2025年将加强执法人员培训")));
	}

	@Test
	void autosaveSavesAndReturnsTheNewVersion() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		this.mvc
			.perform(PartRequests.autosave(draft.getId(), "problems", "二、不足", "自动保存的内容", draft.getVersion(),
					this.world.clerkA()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.saved").value(true))
			.andExpect(jsonPath("$.version").value(draft.getVersion() + 1));
		assertThat(this.fixtures.reload(draft.getId()).section(SectionKind.PROBLEMS).orElseThrow().getBody())
			.isEqualTo("自动保存的内容");
	}

	@Test
	void theSameWordsSentAgainFromAnOlderVersionAreNotAConflict() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		long opened = draft.getVersion();
		this.mvc
			.perform(
					PartRequests.autosave(draft.getId(), "problems", "二、不足", "第一段\r\n第二段", opened, this.world.clerkA()))
			.andExpect(status().isOk());
		long afterAutosave = this.fixtures.reload(draft.getId()).getVersion();

		// The explicit save carries the version the page was opened with (a double
		// click, or an autosave that got there first) but the same words: saved,
		// nothing changes.
		this.mvc
			.perform(PartRequests.save(draft.getId(), "problems", " 二、不足 ", "第一段\n第二段", opened, this.world.clerkA()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/filing/editions/" + draft.getId()));
		assertThat(this.fixtures.reload(draft.getId()).getVersion()).isEqualTo(afterAutosave);

		// Different words from that older version are still a conflict, and nothing is
		// saved.
		this.mvc
			.perform(PartRequests.save(draft.getId(), "problems", "二、不足", "第一段\n第二段\n第三段", opened, this.world.clerkA()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("保存未成功")));
		ReportEdition reloaded = this.fixtures.reload(draft.getId());
		assertThat(reloaded.getVersion()).isEqualTo(afterAutosave);
		assertThat(reloaded.section(SectionKind.PROBLEMS).orElseThrow().getBody()).isEqualTo("第一段\n第二段");
	}

	@Test
	void autosaveRefusesStaleTooLongForeignAndFrozenEditions() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		this.mvc
			.perform(PartRequests.autosave(draft.getId(), "problems", "二、", "旧页面", draft.getVersion() - 1,
					this.world.clerkA()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("conflict"));
		this.mvc
			.perform(PartRequests.autosave(draft.getId(), "problems", "二、", "字".repeat(50_001), draft.getVersion(),
					this.world.clerkA()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value(containsString("正文过长")));
		this.mvc
			.perform(PartRequests.autosave(draft.getId(), "problems", "二、", "他人", draft.getVersion(),
					this.world.clerkB()))
			.andExpect(status().isNotFound());
		ReportEdition submitted = this.fixtures.submitted(this.world.townshipB(), this.world.clerkB(), 2025);
		this.mvc
			.perform(PartRequests.autosave(submitted.getId(), "problems", "二、", "报送后", submitted.getVersion(),
					this.world.clerkB()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("notEditable"));
		assertThat(this.fixtures.reload(draft.getId()).getVersion()).isEqualTo(draft.getVersion());
	}

	@Test
	void theSecondOfTwoEditorsSeesWhatChangedAndKeepsTheirText() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		long opened = draft.getVersion();
		savePart(draft, "measures", "第一段。\n共同的第二段，甲方写的。", opened).andExpect(status().is3xxRedirection());
		savePart(draft, "measures", "第一段。\n共同的第二段，乙方写的。", opened).andExpect(status().isOk())
			.andExpect(content().string(containsString("保存未成功")))
			.andExpect(content().string(containsString("<del>甲</del>")))
			.andExpect(content().string(containsString("<ins>乙</ins>")))
			.andExpect(content().string(containsString("共同的第二段，乙方写的。</textarea>")));
		assertThat(this.fixtures.reload(draft.getId()).section(SectionKind.MEASURES).orElseThrow().getBody())
			.isEqualTo("第一段。\n共同的第二段，甲方写的。");
	}

	@Test
	void topicsAreSuggestedFromTheTextAndSavedWhenChosen() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		Topic enforcement = this.topics.findByName("行政执法").orElseThrow();
		Topic emergency = this.topics.findByName("应急管理与安全生产").orElseThrow();
		// Suggested, not ticked: a ticked box always means a saved topic.
		this.mvc.perform(get("/filing/editions/{id}", draft.getId()).with(user(this.world.clerkA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + enforcement.getId() + "\">")))
			.andExpect(content().string(not(containsString("value=\"" + enforcement.getId() + "\" checked"))))
			.andExpect(content().string(containsString("tag-suggested\">建议</span>")));
		this.mvc.perform(get("/filing/editions/{id}/submit", draft.getId()).with(user(this.world.clerkA())))
			.andExpect(content().string(containsString("尚未选择主题分类")));
		saveMetadata(draft, List.of(emergency.getId())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/filing/editions/{id}", draft.getId()).with(user(this.world.clerkA())))
			.andExpect(content().string(containsString("value=\"" + emergency.getId() + "\" checked")));
		this.mvc.perform(get("/filing/editions/{id}/submit", draft.getId()).with(user(this.world.clerkA())))
			.andExpect(content().string(not(containsString("尚未选择主题分类"))));
		assertThat(this.fixtures.reload(draft.getId()).getTopics()).extracting(Topic::getName)
			.containsExactly("应急管理与安全生产");
	}

	@Test
	void anUnknownTopicIsRefusedAndNothingIsSaved() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		saveMetadata(draft, List.of(987654321L)).andExpect(status().isOk())
			.andExpect(content().string(containsString("所选主题不存在")));
		assertThat(this.fixtures.reload(draft.getId()).getVersion()).isEqualTo(draft.getVersion());
	}

	@Test
	void checksWarnAboutYearsLengthLatenessAndTopicsAndSubmissionNeedsConfirmation() throws Exception {
		// Last year's report goes through the real flow, with a long problems part.
		ReportEdition lastYear = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2024);
		savePart(lastYear, "problems", "执法力量不足，法律顾问作用发挥不充分。".repeat(25), lastYear.getVersion())
			.andExpect(status().is3xxRedirection());
		submit(this.fixtures.reload(lastYear.getId()));
		lastYear = this.fixtures.reload(lastYear.getId());
		this.mvc.perform(WorkflowRequests.publish(lastYear.getId(), lastYear.getVersion(), this.world.reviewer()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.reload(lastYear.getId()).getState()).isEqualTo(EditionState.PUBLISHED);

		ReportEdition draft = start(2025, "FULL");
		saveMetadataFields(draft, "2026-01-10");
		draft = this.fixtures.reload(draft.getId());
		savePart(draft, "next-year-plans", "2025年将继续推进依法行政，加强执法人员培训，完善法律顾问制度，创新普法宣传方式，进一步提升基层依法治理的能力和水平。",
				draft.getVersion())
			.andExpect(status().is3xxRedirection());
		draft = this.fixtures.reload(draft.getId());
		savePart(draft, "problems", "执法人员专业能力还有不足，法律顾问作用发挥不够充分，普法形式比较单一，主要原因是培训机制不健全、考核不到位。", draft.getVersion())
			.andExpect(status().is3xxRedirection());
		draft = this.fixtures.reload(draft.getId());
		this.mvc.perform(get("/filing/editions/{id}/submit", draft.getId()).with(user(this.world.clerkA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("检查通过")))
			.andExpect(content().string(containsString("写的是 2025 年的安排")))
			.andExpect(content().string(containsString("短了一半以上")))
			.andExpect(content().string(containsString("已超过报送期限")))
			.andExpect(content().string(containsString("尚未选择主题分类")))
			.andExpect(content().string(containsString("/parts/next-year-plans")));
		this.mvc
			.perform(post("/filing/editions/{id}/submit", draft.getId())
				.param("version", Long.toString(draft.getVersion()))
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请先阅读提示并勾选确认")));
		assertThat(this.fixtures.reload(draft.getId()).getState()).isEqualTo(EditionState.DRAFT);
		submit(draft);
		assertThat(this.fixtures.reload(draft.getId()).getState()).isEqualTo(EditionState.SUBMITTED);
	}

	@Test
	void aReportWithinItsDeadlineAndWithTopicsHasNoWarnings() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2026);
		saveMetadata(draft, List.of(this.topics.findByName("行政执法").orElseThrow().getId()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/filing/editions/{id}/submit", draft.getId()).with(user(this.world.clerkA())))
			.andExpect(content().string(containsString("检查通过")))
			.andExpect(content().string(not(containsString("请确认以下提示"))))
			.andExpect(content().string(not(containsString("confirmWarnings"))));
	}

	@Test
	void aDateWrittenFarAheadIsRefusedButTheSigningDayIsNot() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		this.mvc
			.perform(post("/filing/editions/{id}/metadata", draft.getId()).param("title", draft.getTitle())
				.param("signingAgency", this.world.townshipA().getFullName())
				.param("dateWritten", "2099-01-01")
				.param("version", Long.toString(draft.getVersion()))
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("成文日期不能晚于")))
			.andExpect(content().string(containsString("href=\"#dateWritten\"")));
		assertThat(this.fixtures.reload(draft.getId()).getVersion()).isEqualTo(draft.getVersion());
		saveMetadataFields(draft, LocalDate.now().plusDays(2).toString());
		this.mvc.perform(get("/filing/editions/{id}/submit", draft.getId()).with(user(this.world.clerkA())))
			.andExpect(content().string(containsString("检查通过")));
	}

	@Test
	void eachSubmissionIsKeptAsAnImmutableSnapshot() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		submit(draft);
		List<Submission> kept = this.submissions.findByEditionIdOrderByNumberAsc(draft.getId());
		assertThat(kept).singleElement().satisfies((s) -> {
			assertThat(s.getNumber()).isEqualTo(1);
			assertThat(s.getSubmittedBy()).isEqualTo(this.world.clerkA().getUsername());
			assertThat(s.part(SectionKind.MEASURES).orElseThrow().getBody()).contains("三项制度");
		});
	}

	@Test
	void aReturnedReportShowsTheReasonAndPartRemarksAndCanBeResubmitted() throws Exception {
		ReportEdition returned = this.fixtures.returned(this.world.townshipA(), this.world.clerkA(),
				this.world.reviewer(), 2025, "请补充第一责任人履职的具体事例。", "原因分析过于简单。");
		this.mvc.perform(get("/filing").with(user(this.world.clerkA())))
			.andExpect(content().string(containsString("被县级退回修改")))
			.andExpect(content().string(containsString("请补充第一责任人履职的具体事例。")));
		this.mvc.perform(get("/filing/editions/{id}", returned.getId()).with(user(this.world.clerkA())))
			.andExpect(content().string(containsString("县级审核意见")))
			.andExpect(content().string(containsString("审核意见 1 条")))
			.andExpect(content().string(containsString("县级退回修改")));
		this.mvc.perform(get("/filing/editions/{id}/parts/problems", returned.getId()).with(user(this.world.clerkA())))
			.andExpect(content().string(containsString("原因分析过于简单。")));
		savePart(returned, "problems", "补充后的原因分析：执法力量不足，培训不够，考核机制不健全，导致执法规范化水平不高，需要在下一年度进一步加强队伍建设和制度建设。",
				returned.getVersion())
			.andExpect(status().is3xxRedirection());
		ReportEdition corrected = this.fixtures.reload(returned.getId());
		// A resubmission says what changed.
		this.mvc
			.perform(WorkflowRequests.submit(corrected.getId(), corrected.getVersion(), this.world.clerkA())
				.param("changeNote", "已按审核意见补充原因分析。"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.reload(returned.getId()).getState()).isEqualTo(EditionState.SUBMITTED);
		assertThat(this.submissions.findByEditionIdOrderByNumberAsc(returned.getId())).extracting(Submission::getNumber)
			.containsExactly(1, 2);
	}

	@Test
	void previewLooksLikeThePublicPage() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		this.mvc.perform(get("/filing/editions/{id}/preview", draft.getId()).with(user(this.world.clerkA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这是预览")))
			.andExpect(content().string(containsString("公开时自动生成")))
			.andExpect(content().string(containsString("class=\"doc-title\"")));
		this.mvc.perform(get("/filing/editions/{id}/preview", draft.getId()).with(user(this.world.clerkB())))
			.andExpect(status().isNotFound());
	}

	@Test
	void wordExportHasTheOfficialDocumentLayout() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		MvcResult result = this.mvc
			.perform(get("/filing/editions/{id}/export.docx", draft.getId()).with(user(this.world.clerkA())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("wordprocessingml")))
			.andExpect(header().string("Content-Disposition", containsString(".docx")))
			.andReturn();
		try (XWPFDocument document = new XWPFDocument(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			List<XWPFParagraph> paragraphs = document.getParagraphs();
			assertThat(paragraphs.get(0).getText()).isEqualTo(draft.getTitle());
			assertThat(paragraphs.get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(paragraphs).extracting(XWPFParagraph::getText)
				.contains("县委、县政府：", "MEASURES", "现将有关情况报告如下。")
				.anySatisfy((text) -> assertThat(text).contains("三项制度"));
			XWPFParagraph signing = paragraphs.get(paragraphs.size() - 2);
			assertThat(signing.getText()).isEqualTo(this.world.townshipA().getFullName());
			assertThat(signing.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
			assertThat(paragraphs.get(paragraphs.size() - 1).getText()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日");
		}
		this.mvc.perform(get("/filing/editions/{id}/export.docx", draft.getId()).with(user(this.world.clerkB())))
			.andExpect(status().isNotFound());
	}

	private ReportEdition start(int year, String basis) throws Exception {
		this.mvc
			.perform(post("/filing/reports").param("year", Integer.toString(year))
				.param("basis", basis)
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		ReportEdition edition = this.editions
			.findByReportAgencyIdOrderByReportYearDescEditionNumberDesc(this.world.townshipA().getId())
			.stream()
			.filter((e) -> e.getReport().getYear() == year)
			.findFirst()
			.orElseThrow();
		return this.fixtures.reload(edition.getId());
	}

	private ResultActions savePart(ReportEdition edition, String part, String body, long version) throws Exception {
		String heading = edition.section(SectionKind.fromSlug(part).orElseThrow()).orElseThrow().getHeading();
		return this.mvc.perform(PartRequests.save(edition.getId(), part, heading, body, version, this.world.clerkA()));
	}

	private ResultActions saveMetadata(ReportEdition edition, List<Long> topicIds) throws Exception {
		var request = post("/filing/editions/{id}/metadata", edition.getId()).param("title", edition.getTitle())
			.param("addressee", edition.getAddressee())
			.param("signingAgency", edition.getSigningAgency())
			.param("dateWritten", String.valueOf(edition.getDateWritten()))
			.param("version", Long.toString(edition.getVersion()))
			.with(user(this.world.clerkA()))
			.with(csrf());
		topicIds.forEach((id) -> request.param("topicIds", id.toString()));
		return this.mvc.perform(request);
	}

	private void saveMetadataFields(ReportEdition edition, String dateWritten) throws Exception {
		this.mvc
			.perform(post("/filing/editions/{id}/metadata", edition.getId()).param("title", edition.getTitle())
				.param("signingAgency", this.world.townshipA().getFullName())
				.param("dateWritten", dateWritten)
				.param("version", Long.toString(edition.getVersion()))
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private void submit(ReportEdition edition) throws Exception {
		this.mvc
			.perform(post("/filing/editions/{id}/submit", edition.getId())
				.param("version", Long.toString(edition.getVersion()))
				.param("confirmWarnings", "true")
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

}
