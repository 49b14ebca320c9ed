package org.fazhi.review;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.account.UserAccountRepository;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.notification.Inbox;
import org.fazhi.notification.NotificationChannel;
import org.fazhi.report.EditionState;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportingCalendar;
import org.fazhi.report.SectionKind;
import org.fazhi.support.Fixtures;
import org.fazhi.support.Indexing;
import org.fazhi.support.PartRequests;
import org.fazhi.support.PostgresIntegrationTest;
import org.fazhi.support.WorkflowRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The county reviewer's work on real PostgreSQL: queue, remarks, diffs, scheduling,
 * corrections, withdrawal, notifications, the compliance board and deadline reminders.
 */
@PostgresIntegrationTest
class ReviewWorkflowIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ReportEditionRepository editions;

	@Autowired
	PublishEdition publishEdition;

	@Autowired
	Inbox inbox;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	ComplianceBoard board;

	@Autowired
	List<NotificationChannel> channels;

	Fixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	@Test
	void theQueueFiltersByYearStateAndTownshipAndCountsByState() throws Exception {
		ReportEdition a2025 = this.fixtures.submitted(this.world.townshipA(), this.world.clerkA(), 2025);
		ReportEdition b2024 = this.fixtures.submitted(this.world.townshipB(), this.world.clerkB(), 2024);
		ReportEdition returned = this.fixtures.returned(this.world.townshipB(), this.world.clerkB(),
				this.world.reviewer(), 2025, "请修改", "原因");
		String link = "/review/editions/%d\"";
		this.mvc.perform(get("/review").with(user(this.world.reviewer())))
			.andExpect(content().string(containsString(link.formatted(a2025.getId()))))
			.andExpect(content().string(containsString(link.formatted(b2024.getId()))))
			.andExpect(content().string(not(containsString(link.formatted(returned.getId())))));
		this.mvc.perform(get("/review").param("year", "2024").with(user(this.world.reviewer())))
			.andExpect(content().string(not(containsString(link.formatted(a2025.getId())))))
			.andExpect(content().string(containsString(link.formatted(b2024.getId()))));
		this.mvc
			.perform(get("/review").param("township", this.world.townshipA().getId().toString())
				.with(user(this.world.reviewer())))
			.andExpect(content().string(containsString(link.formatted(a2025.getId()))))
			.andExpect(content().string(not(containsString(link.formatted(b2024.getId())))));
		this.mvc.perform(get("/review").param("state", "RETURNED").with(user(this.world.reviewer())))
			.andExpect(content().string(containsString(link.formatted(returned.getId()))))
			.andExpect(content().string(containsString("<strong>2</strong>")));
		this.mvc.perform(get("/review").param("year", "x").param("state", "NONSENSE").with(user(this.world.reviewer())))
			.andExpect(status().isOk());
	}

	@Test
	void everyDecisionHasAConfirmPageCarryingTheVersion() throws Exception {
		ReportEdition submitted = this.fixtures.submitted(this.world.townshipA(), this.world.clerkA(), 2025);
		for (String verb : List.of("publish", "return")) {
			this.mvc
				.perform(get("/review/editions/{id}/{verb}", submitted.getId(), verb).with(user(this.world.reviewer())))
				.andExpect(status().isOk())
				.andExpect(
						content().string(containsString("name=\"version\" value=\"" + submitted.getVersion() + "\"")));
		}
		this.mvc.perform(get("/review/editions/{id}/publish", submitted.getId()).with(user(this.world.otherReviewer())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/review/editions/{id}/publish", submitted.getId()).with(user(this.world.clerkA())))
			.andExpect(status().isForbidden());
	}

	@Test
	void remarksReachTheClerkTogetherWithTheReturn() throws Exception {
		ReportEdition submitted = this.fixtures.submitted(this.world.townshipA(), this.world.clerkA(), 2025);
		long unreadBefore = this.inbox.unread(this.world.clerkA().getUsername());
		this.mvc
			.perform(post("/review/editions/{id}/remarks", submitted.getId()).param("part", "problems")
				.param("text", "原因分析不够具体。")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(WorkflowRequests.remark(submitted.getId(), "measures", "请补充执法数据。", this.world.reviewer()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/review/editions/{id}", submitted.getId()).with(user(this.world.reviewer())))
			.andExpect(content().string(containsString("原因分析不够具体。")));
		// Remarks are the reviewer's notes until the report goes back: no message yet.
		assertThat(this.inbox.unread(this.world.clerkA().getUsername())).isEqualTo(unreadBefore);
		returnIt(this.fixtures.reload(submitted.getId()), "请按意见修改。").andExpect(redirectedUrl("/review"));
		assertThat(this.inbox.unread(this.world.clerkA().getUsername())).isEqualTo(unreadBefore + 1);
		this.mvc.perform(get("/inbox").with(user(this.world.clerkA())))
			.andExpect(content().string(containsString("《" + submitted.getTitle() + "》被退回修改：请按意见修改。")))
			.andExpect(content().string(containsString("提出了 2 条审核意见")));

		this.mvc
			.perform(post("/review/editions/{id}/remarks", submitted.getId()).param("part", "problems")
				.param("text", " ")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/review/editions/{id}/remarks", submitted.getId()).param("part", "problems")
				.param("text", "越权意见")
				.with(user(this.world.otherReviewer()))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/review/editions/{id}/remarks", submitted.getId()).param("part", "bogus")
				.param("text", "x")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/review/editions/{id}", submitted.getId()).with(user(this.world.reviewer())))
			.andExpect(content().string(not(containsString("越权意见"))));
	}

	@Test
	void aResubmissionIsReadAsADiffAgainstThePreviousSubmission() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		submit(draft);
		returnIt(this.fixtures.reload(draft.getId()), "请补充数据。");
		ReportEdition returned = this.fixtures.reload(draft.getId());
		String body = returned.section(SectionKind.MEASURES).orElseThrow().getBody().replace("二十余场", "二十八场");
		this.mvc
			.perform(PartRequests.save(returned.getId(), "measures", "MEASURES", body, returned.getVersion(),
					this.world.clerkA()))
			.andExpect(status().is3xxRedirection());
		submit(this.fixtures.reload(draft.getId()));
		this.mvc.perform(get("/review/editions/{id}", draft.getId()).with(user(this.world.reviewer())))
			.andExpect(content().string(containsString("已按审核意见补充执法数据。")))
			.andExpect(content().string(containsString("与第 1 次报送相比的修改")))
			.andExpect(content().string(containsString("第 2 次报送")))
			.andExpect(content().string(containsString("<ins>八</ins>")))
			.andExpect(content().string(containsString("<del>余</del>")));
		assertThat(this.inbox.unread(this.world.reviewer().getUsername())).isGreaterThanOrEqualTo(2);
		this.mvc.perform(get("/inbox").with(user(this.world.reviewer())))
			.andExpect(content().string(containsString("修改后重新报送了")));
	}

	@Test
	void aScheduledPublicationHappensWhenTheClockReachesIt() throws Exception {
		ReportEdition submitted = this.fixtures.submitted(this.world.townshipA(), this.world.clerkA(), 2025);
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		LocalDateTime at = LocalDateTime.now(zone).plusDays(2).withSecond(0).withNano(0);
		this.mvc
			.perform(post("/review/editions/{id}/publish", submitted.getId())
				.param("version", Long.toString(submitted.getVersion()))
				.param("secrecyReviewed", "true")
				.param("when", "later")
				.param("publishAt", at.toString())
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(redirectedUrl("/review"));
		ReportEdition scheduled = this.fixtures.reload(submitted.getId());
		assertThat(scheduled.getState()).isEqualTo(EditionState.SCHEDULED);
		assertThat(scheduled.getReport().getIndexNumber()).isNull();
		this.mvc.perform(get("/reports/{id}", scheduled.getReport().getId())).andExpect(status().isNotFound());

		Instant due = at.atZone(zone).toInstant();
		ScheduledPublisher early = new ScheduledPublisher(this.editions, this.publishEdition,
				Clock.fixed(due.minusSeconds(60), zone));
		early.publishDue();
		assertThat(this.fixtures.reload(submitted.getId()).getState()).isEqualTo(EditionState.SCHEDULED);

		ScheduledPublisher onTime = new ScheduledPublisher(this.editions, this.publishEdition,
				Clock.fixed(due.plusSeconds(1), zone));
		assertThat(onTime.publishDue()).isGreaterThanOrEqualTo(1);
		ReportEdition published = this.fixtures.reload(submitted.getId());
		assertThat(published.getState()).isEqualTo(EditionState.PUBLISHED);
		assertThat(published.getPublishedBy()).isEqualTo(this.world.reviewer().getUsername());
		assertThat(published.getReport().getIndexNumber()).startsWith(this.world.townshipA().getUnifiedCode() + "/");
		this.mvc.perform(get("/reports/{id}", published.getReport().getId())).andExpect(status().isOk());
	}

	@Test
	void schedulingRefusesPastTimesAndUnschedulingReturnsToTheQueue() throws Exception {
		ReportEdition submitted = this.fixtures.submitted(this.world.townshipA(), this.world.clerkA(), 2025);
		this.mvc
			.perform(post("/review/editions/{id}/publish", submitted.getId())
				.param("version", Long.toString(submitted.getVersion()))
				.param("secrecyReviewed", "true")
				.param("when", "later")
				.param("publishAt", "2001-01-01T08:00")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择一年以内的、晚于现在的公开时间")));
		this.mvc
			.perform(post("/review/editions/{id}/publish", submitted.getId())
				.param("version", Long.toString(submitted.getVersion()))
				.param("secrecyReviewed", "true")
				.param("when", "later")
				.param("publishAt", "not a time")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择一年以内的、晚于现在的公开时间")));
		this.mvc
			.perform(post("/review/editions/{id}/publish", submitted.getId())
				.param("version", Long.toString(submitted.getVersion()))
				.param("secrecyReviewed", "true")
				.param("when", "later")
				.param("publishAt", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(1).withNano(0).toString())
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(redirectedUrl("/review"));
		ReportEdition scheduled = this.fixtures.reload(submitted.getId());
		this.mvc
			.perform(post("/review/editions/{id}/unschedule", submitted.getId())
				.param("version", Long.toString(scheduled.getVersion()))
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(redirectedUrl("/review"));
		ReportEdition back = this.fixtures.reload(submitted.getId());
		assertThat(back.getState()).isEqualTo(EditionState.SUBMITTED);
		assertThat(back.getScheduledFor()).isNull();
	}

	@Test
	void aCorrectionSupersedesThePublishedEditionUnderTheSameIndexNumber() throws Exception {
		ReportEdition original = this.fixtures.published(this.world.townshipA(), this.world.clerkA(),
				this.world.reviewer(), 2024);
		Long reportId = original.getReport().getId();
		String indexNumber = original.getReport().getIndexNumber();
		this.mvc.perform(post("/filing/reports/{id}/correction", reportId).with(user(this.world.clerkB())).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/filing/reports/{id}/correction", reportId).with(user(this.world.clerkA())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		ReportEdition correction = this.editions.findByReportIdOrderByEditionNumberAsc(reportId).get(1);
		assertThat(correction.getEditionNumber()).isEqualTo(2);
		assertThat(correction.getState()).isEqualTo(EditionState.DRAFT);
		// Only one correction at a time.
		this.mvc.perform(post("/filing/reports/{id}/correction", reportId).with(user(this.world.clerkA())).with(csrf()))
			.andExpect(redirectedUrl("/filing"));
		assertThat(this.editions.findByReportIdOrderByEditionNumberAsc(reportId)).hasSize(2);

		correction = this.fixtures.reload(correction.getId());
		String body = correction.section(SectionKind.MEASURES).orElseThrow().getBody() + "\n更正后新增的一段。";
		this.mvc
			.perform(PartRequests.save(correction.getId(), "measures", "MEASURES", body, correction.getVersion(),
					this.world.clerkA()))
			.andExpect(status().is3xxRedirection());
		correction = this.fixtures.reload(correction.getId());
		this.mvc.perform(get("/filing/editions/{id}/submit", correction.getId()).with(user(this.world.clerkA())))
			.andExpect(content().string(containsString("更正版本须填写更正说明")));
		this.mvc
			.perform(post("/filing/editions/{id}/metadata", correction.getId()).param("title", correction.getTitle())
				.param("signingAgency", correction.getSigningAgency())
				.param("dateWritten", correction.getDateWritten().toString())
				.param("correctionNote", "补充了行政执法部分的数据。")
				.param("version", Long.toString(correction.getVersion()))
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		submit(this.fixtures.reload(correction.getId()));
		this.mvc.perform(get("/review/editions/{id}", correction.getId()).with(user(this.world.reviewer())))
			.andExpect(content().string(containsString("与已公开版本相比的修改")))
			.andExpect(content().string(containsString("<ins>更正后新增的一段。</ins>")));
		// The original stays public while the correction is under review.
		this.mvc.perform(get("/reports/{id}", reportId)).andExpect(content().string(not(containsString("更正后新增的一段。"))));

		publishNow(this.fixtures.reload(correction.getId()));
		assertThat(this.fixtures.reload(original.getId()).getState()).isEqualTo(EditionState.SUPERSEDED);
		ReportEdition current = this.fixtures.reload(correction.getId());
		assertThat(current.getState()).isEqualTo(EditionState.PUBLISHED);
		assertThat(current.getReport().getIndexNumber()).isEqualTo(indexNumber);
		this.mvc.perform(get("/reports/{id}", reportId))
			.andExpect(content().string(containsString("更正后新增的一段。")))
			.andExpect(content().string(containsString("本报告已于")))
			.andExpect(content().string(containsString("补充了行政执法部分的数据。")))
			.andExpect(content().string(containsString("/reports/" + reportId + "/versions/1")))
			.andExpect(content().string(containsString(indexNumber)));
		this.mvc.perform(get("/reports/{id}/versions/1", reportId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此版本已被更正")))
			.andExpect(content().string(not(containsString("更正后新增的一段。"))));
		this.mvc.perform(get("/reports/{id}/versions/9", reportId)).andExpect(status().isNotFound());
		Indexing.eventually(() -> {
			this.mvc.perform(get("/search").param("q", "更正后新增的一段"))
				.andExpect(content().string(containsString("/reports/" + reportId + "\"")));
		});
	}

	@Test
	void aWithdrawnReportLeavesAPublicNoticeAndLeavesSearch() throws Exception {
		ReportEdition published = this.fixtures.published(this.world.townshipA(), this.world.clerkA(),
				this.world.reviewer(), 2024);
		Long reportId = published.getReport().getId();
		String uniqueName = this.world.townshipA().getFullName();
		Indexing.eventually(() -> {
			this.mvc.perform(get("/search").param("q", uniqueName))
				.andExpect(content().string(containsString("/reports/" + reportId + "\"")));
		});
		this.mvc
			.perform(post("/review/editions/{id}/withdraw", published.getId())
				.param("version", Long.toString(published.getVersion()))
				.param("reason", "")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("撤回时须填写撤回原因")));
		this.mvc
			.perform(post("/review/editions/{id}/withdraw", published.getId())
				.param("version", Long.toString(published.getVersion()))
				.param("reason", "x")
				.with(user(this.world.otherReviewer()))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/review/editions/{id}/withdraw", published.getId())
				.param("version", Long.toString(published.getVersion()))
				.param("reason", "x")
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/review/editions/{id}/withdraw", published.getId())
				.param("version", Long.toString(published.getVersion()))
				.param("reason", "报告中个别数据有误，核实后重新公开。")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(redirectedUrl("/review"));
		this.mvc.perform(get("/reports/{id}", reportId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本报告已撤回")))
			.andExpect(content().string(containsString("报告中个别数据有误，核实后重新公开。")))
			.andExpect(content().string(not(containsString("三项制度"))));
		this.mvc.perform(get("/reports/{id}/export.docx", reportId)).andExpect(status().isNotFound());
		Indexing.eventually(() -> {
			this.mvc.perform(get("/search").param("q", uniqueName))
				.andExpect(content().string(containsString("共找到 0 份报告")));
		});
		this.mvc.perform(get("/")).andExpect(content().string(not(containsString("/reports/" + reportId + "\""))));
		this.mvc.perform(get("/inbox").with(user(this.world.clerkA())))
			.andExpect(content().string(containsString("已撤回：报告中个别数据有误")));
	}

	@Test
	void notificationsOpenWhereTheyPointAndStayPrivate() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2025);
		submit(draft);
		String page = this.mvc.perform(get("/inbox").with(user(this.world.reviewer())))
			.andExpect(content().string(containsString("报送了《" + draft.getTitle() + "》，请审核。")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher m = Pattern.compile("action=\"/inbox/(\\d+)\"").matcher(page);
		assertThat(m.find()).isTrue();
		String id = m.group(1);
		this.mvc.perform(post("/inbox/{id}", id).with(user(this.world.clerkB())).with(csrf()))
			.andExpect(status().isNotFound());
		long unread = this.inbox.unread(this.world.reviewer().getUsername());
		this.mvc.perform(post("/inbox/{id}", id).with(user(this.world.reviewer())).with(csrf()))
			.andExpect(redirectedUrl("/review/editions/" + draft.getId()));
		assertThat(this.inbox.unread(this.world.reviewer().getUsername())).isEqualTo(unread - 1);
		this.mvc.perform(post("/inbox/read-all").with(user(this.world.reviewer())).with(csrf()))
			.andExpect(redirectedUrl("/inbox"));
		assertThat(this.inbox.unread(this.world.reviewer().getUsername())).isZero();
		this.mvc.perform(get("/inbox")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theComplianceBoardShowsEveryTownshipAndExportsCsv() throws Exception {
		this.fixtures.published(this.world.townshipA(), this.world.clerkA(), this.world.reviewer(), 2025);
		this.mvc.perform(get("/review/compliance").param("year", "2025").with(user(this.world.reviewer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.world.townshipA().getFullName())))
			.andExpect(content().string(containsString(this.world.townshipB().getFullName())))
			.andExpect(content().string(containsString("未开始")))
			.andExpect(content().string(containsString("已公开")))
			.andExpect(content().string(containsString("逾期")))
			.andExpect(content().string(not(containsString(this.world.townshipC().getFullName()))));
		String csv = this.mvc
			.perform(get("/review/compliance.csv").param("year", "2025").with(user(this.world.reviewer())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF乡镇（街道）,");
		assertThat(
				csv.lines().filter((l) -> l.startsWith(this.world.townshipB().getFullName())).findFirst().orElseThrow())
			.contains(",未开始,", ",2026-03-01,逾期,");
		this.mvc
			.perform(get("/review/compliance").param("region", this.world.otherCounty().getId().toString())
				.with(user(this.world.reviewer())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/review/compliance").with(user(this.world.clerkA()))).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/review/compliance").param("year", "2025")
				.param("region", this.world.county().getId().toString())
				.with(user(this.world.admin())))
			.andExpect(content().string(containsString(this.world.townshipB().getFullName())));
		this.mvc.perform(get("/review/compliance").param("year", "2025").with(user(this.world.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.world.county().getFullName())))
			.andExpect(content().string(containsString(this.world.otherCounty().getFullName())));
	}

	@Test
	void aCountySetsItsOwnSubmissionDeadline() throws Exception {
		this.mvc
			.perform(post("/review/compliance/deadline").param("deadline", "02-15")
				.param("year", "2025")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.board.county(this.world.county().getId(), 2025).submissionDue())
			.isEqualTo(LocalDate.of(2026, 2, 15));
		this.mvc
			.perform(post("/review/compliance/deadline").param("deadline", "13-40")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(MockMvcResultMatchers.flash().attribute("flashError", "flash.deadlineInvalid"));
		this.mvc
			.perform(post("/review/compliance/deadline").param("deadline", "02-01")
				.param("region", this.world.otherCounty().getId().toString())
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/review/compliance/deadline").param("deadline", "")
				.with(user(this.world.reviewer()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.board.county(this.world.county().getId(), 2025).submissionDue())
			.isEqualTo(LocalDate.of(2026, 3, 1));
	}

	private static final ReminderSettings REMINDERS = new ReminderSettings("0 0 8 * * *", 7);

	@Test
	void deadlineRemindersGoOutOncePerTownship() throws Exception {
		ComplianceBoard.CountyBoard county = this.board.county(this.world.county().getId(), 2025);
		Instant weekBefore = county.submissionDue().minusDays(5).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
		DeadlineReminders reminders = new DeadlineReminders(this.agencies, this.accounts, this.board, this.channels,
				new ReportingCalendar(Clock.fixed(weekBefore, ZoneId.of("Asia/Shanghai"))), REMINDERS);
		long before = this.inbox.unread(this.world.reviewer().getUsername());
		assertThat(reminders.remind()).isGreaterThanOrEqualTo(2);
		assertThat(this.inbox.unread(this.world.reviewer().getUsername())).isEqualTo(before + 2);
		reminders.remind();
		assertThat(this.inbox.unread(this.world.reviewer().getUsername())).isEqualTo(before + 2);
		this.mvc.perform(get("/inbox").with(user(this.world.clerkA())))
			.andExpect(content().string(containsString("本单位 2025 年度报告尚未报送")));
		DeadlineReminders farAway = new DeadlineReminders(this.agencies, this.accounts, this.board, this.channels,
				new ReportingCalendar(Clock.fixed(weekBefore.minusSeconds(86_400L * 60), ZoneId.of("Asia/Shanghai"))),
				REMINDERS);
		farAway.remind();
		assertThat(this.inbox.unread(this.world.reviewer().getUsername())).isEqualTo(before + 2);
	}

	@Test
	void theHistoryPageShowsTheWholeTrail() throws Exception {
		ReportEdition published = this.fixtures.published(this.world.townshipA(), this.world.clerkA(),
				this.world.reviewer(), 2024);
		this.mvc.perform(get("/review/editions/{id}/history", published.getId()).with(user(this.world.reviewer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("报送县级审核")))
			.andExpect(content().string(containsString("审核通过并公开")));
		this.mvc.perform(get("/review/editions/{id}/history", published.getId()).with(user(this.world.otherReviewer())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/review/editions/{id}/history", published.getId()).with(user(this.world.clerkA())))
			.andExpect(status().isForbidden());
	}

	private void submit(ReportEdition edition) throws Exception {
		this.mvc
			.perform(WorkflowRequests.submit(edition.getId(), edition.getVersion(), this.world.clerkA())
				.param("changeNote", "已按审核意见补充执法数据。"))
			.andExpect(status().is3xxRedirection());
	}

	private ResultActions returnIt(ReportEdition edition, String reason) throws Exception {
		return this.mvc
			.perform(WorkflowRequests.returnToTownship(edition.getId(), edition.getVersion(), reason,
					this.world.reviewer()))
			.andExpect(redirectedUrl("/review"));
	}

	private void publishNow(ReportEdition edition) throws Exception {
		this.mvc.perform(WorkflowRequests.publish(edition.getId(), edition.getVersion(), this.world.reviewer()))
			.andExpect(redirectedUrl("/review"));
	}

}
