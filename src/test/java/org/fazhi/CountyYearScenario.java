package org.fazhi;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.fazhi.account.CurrentUser;
import org.fazhi.demo.ReportWriter;
import org.fazhi.demo.WrittenReport;
import org.fazhi.report.EditionState;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReviewRemark;
import org.fazhi.report.ReviewRemarkRepository;
import org.fazhi.report.SectionKind;
import org.fazhi.report.SubmissionRepository;
import org.fazhi.support.Docx;
import org.fazhi.support.Fixtures;
import org.fazhi.support.HtmlForms;
import org.fazhi.support.Indexing;
import org.fazhi.support.MutableClock;
import org.fazhi.support.PartRequests;
import org.fazhi.support.WorkflowRequests;
import org.fazhi.topic.Topic;
import org.fazhi.topic.TopicRepository;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One county's whole reporting year, as its people live it, on the running application:
 * an admin sets up a county of fifteen townships and their people and backfills last
 * year's reports; each clerk starts this year's report from last year's (headings, full
 * text, or a Word file), chooses topics, saves, autosaves, and submits — some late, one
 * never; the reviewer remarks, returns some, the clerks answer and resubmit; the reviewer
 * publishes some now and schedules others, a correction is published, one report is
 * withdrawn. Then every view of that year — the compliance board, the queue, inboxes,
 * public pages, the Atom feed, every Word file, the JSON API and search — is checked
 * against what happened, and no page shows a code or a login id. Run on PostgreSQL and on
 * the embedded H2 default.
 */
abstract class CountyYearScenario {

	static final int TOWNSHIPS = 15;

	private static final String[] NAMES = { "城关镇", "东关街道", "西关街道", "南关街道", "北关镇", "高庄镇", "李寨乡", "王桥镇", "张集乡", "刘店镇",
			"陈楼乡", "赵屯镇", "孙营乡", "周庄镇", "吴堡乡" };

	/** Returned once, answered and resubmitted. */
	private static final Set<Integer> RETURNED = Set.of(1, 4, 7, 10);

	/** Published when decided; 1 and 4 after their resubmission. */
	private static final Set<Integer> PUBLISHED_NOW = Set.of(0, 1, 2, 3, 4, 5, 6, 8);

	private static final Set<Integer> SCHEDULED = Set.of(9, 11, 13);

	private static final Set<Integer> LATE = Set.of(12, 13);

	private static final int NEVER_SUBMITS = 14;

	private static final int CORRECTED = 0;

	private static final int WITHDRAWN = 3;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	UserDetailsService people;

	@Autowired
	ReportEditionRepository editions;

	@Autowired
	SubmissionRepository submissions;

	@Autowired
	ReviewRemarkRepository remarks;

	@Autowired
	TopicRepository topics;

	private final ReportWriter writer = new ReportWriter();

	private final List<String> usernames = new ArrayList<>();

	private CurrentUser admin;

	private CurrentUser reviewer;

	private String countyCode;

	private Long countyId;

	/**
	 * One township of the county and what the scenario did with it.
	 */
	private static final class Township {

		final int index;

		final String name;

		String code;

		String fullName;

		final List<CurrentUser> clerks = new ArrayList<>();

		WrittenReport lastYear;

		WrittenReport thisYear;

		Long editionId;

		Long reportId;

		Long correctionId;

		Township(int index) {
			this.index = index;
			this.name = NAMES[index];
		}

		CurrentUser clerk() {
			return this.clerks.get(0);
		}

	}

	private final List<Township> townships = new ArrayList<>();

	@Test
	void aCountysWholeYear() throws Exception {
		this.clock.set(LocalDateTime.of(2026, 1, 5, 9, 0));
		setUpTheCounty();
		backfillLastYear();
		for (Township t : this.townships) {
			this.clock.set(LocalDateTime.of(2026, 2, 1 + t.index, 10, 0));
			draft(t);
		}
		for (Township t : this.townships) {
			if (t.index == NEVER_SUBMITS || LATE.contains(t.index)) {
				continue;
			}
			this.clock.set(LocalDateTime.of(2026, 2, 16 + t.index, 16, 0));
			submit(t, null);
		}
		this.clock.set(LocalDateTime.of(2026, 2, 28, 9, 0));
		for (int i : RETURNED) {
			Township t = this.townships.get(i);
			perform(WorkflowRequests.remark(t.editionId, "measures", "请补充本年度行政执法案件的具体数据。", this.reviewer));
			perform(WorkflowRequests.remark(t.editionId, "problems", "存在问题的原因分析不够具体，请结合本镇实际。", this.reviewer));
			perform(WorkflowRequests.returnToTownship(t.editionId, version(t.editionId), "请根据各部分审核意见修改后重新报送。",
					this.reviewer));
		}
		this.clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
		for (int i : RETURNED) {
			answerAndResubmit(this.townships.get(i));
		}
		this.clock.set(LocalDateTime.of(2026, 3, 5, 15, 0));
		for (int i : LATE) {
			submit(this.townships.get(i), null);
		}
		this.clock.set(LocalDateTime.of(2026, 3, 10, 9, 30));
		for (int i : PUBLISHED_NOW) {
			Township t = this.townships.get(i);
			String flash = redirectFlash(WorkflowRequests.publish(t.editionId, version(t.editionId), this.reviewer));
			assertThat(flash).contains("报告已公开，索引号 " + t.code + "/2026-");
		}
		for (int i : SCHEDULED) {
			Township t = this.townships.get(i);
			perform(WorkflowRequests.schedule(t.editionId, version(t.editionId), "2026-03-20T09:00", this.reviewer));
		}
		this.clock.set(LocalDateTime.of(2026, 3, 15, 10, 0));
		correct(this.townships.get(CORRECTED));
		this.clock.set(LocalDateTime.of(2026, 3, 20, 9, 1));
		for (int i : SCHEDULED) {
			Long id = this.townships.get(i).editionId;
			await().atMost(Duration.ofSeconds(30)).until(() -> state(id) == EditionState.PUBLISHED);
		}
		this.clock.set(LocalDateTime.of(2026, 3, 25, 11, 0));
		Township withdrawn = this.townships.get(WITHDRAWN);
		perform(WorkflowRequests.withdraw(withdrawn.editionId, version(withdrawn.editionId), "报告中含有不宜公开的个人信息，已撤回处理。",
				this.reviewer));

		this.clock.set(LocalDateTime.of(2026, 4, 5, 9, 0));
		checkTheComplianceBoardAndQueue();
		checkInboxes();
		checkPublicPagesWordAndFeeds();
		checkTheApiAndSearch();
		checkNoPageShowsCodesOrLoginIds();
	}

	private void setUpTheCounty() throws Exception {
		this.admin = this.fixtures.world().admin();
		String tag = Long.toString(System.nanoTime() % 1_000_000, 36);
		String province = createAgency("示范省人民政府" + tag, "示范省", "PROVINCE", "");
		String city = createAgency("示范市人民政府" + tag, "示范市", "CITY", province);
		this.countyCode = createAgency("示范县人民政府" + tag, "示范县", "COUNTY", city);
		for (int i = 0; i < TOWNSHIPS; i++) {
			Township t = new Township(i);
			t.fullName = "示范县" + t.name + (t.name.endsWith("街道") ? "办事处" : "人民政府");
			t.code = createAgency(t.fullName + tag, t.name, "TOWNSHIP", this.countyCode);
			t.fullName = t.fullName + tag;
			this.townships.add(t);
		}
		this.reviewer = createUser("scnrev" + tag, "县法治办审核员", "REVIEWER", this.countyCode);
		for (Township t : this.townships) {
			t.clerks.add(createUser("scnclerk" + tag + t.index, "填报员" + t.name, "CLERK", t.code));
			if (t.index < 3) {
				// Several people write one township's report.
				t.clerks.add(createUser("scnhelper" + tag + t.index, "协办人" + t.name, "CLERK", t.code));
			}
		}
	}

	private String createAgency(String fullName, String shortName, String level, String parent) throws Exception {
		String code = Fixtures.code();
		this.mvc
			.perform(post("/admin/agencies/new").param("code", code)
				.param("fullName", fullName)
				.param("shortName", shortName)
				.param("level", level)
				.param("parentCode", parent)
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		if ("COUNTY".equals(level)) {
			this.countyId = this.fixtures.agencyId(code);
		}
		return code;
	}

	/**
	 * An account made by the admin, whose owner signs in and replaces the generated
	 * password before anything else, as they must.
	 */
	private CurrentUser createUser(String username, String name, String role, String agencyCode) throws Exception {
		String page = html(post("/admin/users/new").param("username", username)
			.param("displayName", name)
			.param("role", role)
			.param("agencyCode", agencyCode)
			.param("password", "")
			.with(user(this.admin))
			.with(csrf()));
		String generated = Jsoup.parse(page).selectFirst(".new-password code").text();
		CurrentUser fresh = (CurrentUser) this.people.loadUserByUsername(username);
		assertThat(fresh.mustChangePassword()).isTrue();
		this.mvc.perform(get("/filing").with(user(fresh))).andExpect(status().is3xxRedirection());
		String own = "Chunfeng-Xiyu-2026";
		this.mvc
			.perform(post("/account/password").param("currentPassword", generated)
				.param("newPassword", own)
				.param("confirmPassword", own)
				.with(user(fresh))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.usernames.add(username);
		CurrentUser ready = (CurrentUser) this.people.loadUserByUsername(username);
		assertThat(ready.mustChangePassword()).isFalse();
		return ready;
	}

	/**
	 * Last year's reports, as they sit on the county's old site, backfilled by the admin
	 * with their original publication date.
	 */
	private void backfillLastYear() throws Exception {
		StringBuilder json = new StringBuilder("{\"county\":\"" + this.countyCode + "\",\"reports\":[");
		for (Township t : this.townships) {
			ReportWriter.HeadingStyle style = ReportWriter.HeadingStyle.values()[t.index % 4];
			t.lastYear = this.writer.write(ReportWriter.Options.typical(t.name, t.fullName, "示范县", 2024, 100 + t.index)
				.withHeadings(style)
				.withLength(5000 + 2500 * (t.index % 5)), null);
			String text = "发布机构：" + t.fullName + "\n发布日期：2025-03-20\n" + t.lastYear.document(false);
			json.append((t.index > 0) ? "," : "")
				.append("{\"name\":\"bg2024-")
				.append(t.index)
				.append(".txt\",\"source\":\"https://www.example.gov.cn/2024/")
				.append(t.index)
				.append(".html\",\"text\":")
				.append(jsonString(text))
				.append('}');
		}
		json.append("]}");
		String answer = html(post("/api/v1/archive").contentType(MediaType.APPLICATION_JSON)
			.content(json.toString())
			.with(user(this.admin))
			.with(csrf()));
		assertThat(answer).contains("\"imported\":" + TOWNSHIPS, "\"refused\":0");
	}

	/**
	 * The clerk's January: start from last year (its full text, its headings, or empty
	 * and a Word file), write, choose topics, autosave, and a colleague helps.
	 */
	private void draft(Township t) throws Exception {
		t.thisYear = this.writer.write(ReportWriter.Options.typical(t.name, t.fullName, "示范县", 2025, 200 + t.index)
			.withHeadings(ReportWriter.HeadingStyle.values()[(t.index + 1) % 4])
			.withLength(6000 + 2000 * (t.index % 6))
			.withPromises(0.4 + 0.1 * (t.index % 6), (t.index == 6) ? 0.6 : 0), t.lastYear);
		String basis = switch (t.index % 3) {
			case 0 -> "FULL";
			case 1 -> "HEADINGS";
			default -> "EMPTY";
		};
		MvcResult started = this.mvc.perform(WorkflowRequests.start(2025, basis, t.clerk()).param("sourceYear", "2024"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		t.editionId = Long.valueOf(started.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
		t.reportId = this.editions.findById(t.editionId).orElseThrow().getReport().getId();
		if ("EMPTY".equals(basis)) {
			importWordFile(t);
		}
		else {
			for (Map.Entry<SectionKind, WrittenReport.Part> part : t.thisYear.parts().entrySet()) {
				perform(PartRequests.save(t.editionId, part.getKey().slug(), part.getValue().heading(),
						part.getValue().body(), version(t.editionId), t.clerk()));
			}
		}
		List<Long> all = this.topics.findByActiveTrueOrderByPositionAscIdAsc().stream().map(Topic::getId).toList();
		List<Long> chosen = (t.index < 5) ? all : all.subList(t.index % 4, t.index % 4 + 6);
		MultiValueMap<String, String> metadata = HtmlForms
			.fields(html(get("/filing/editions/" + t.editionId), t.clerk()), "form[action$=/metadata]");
		metadata.put("topicIds", chosen.stream().map(String::valueOf).toList());
		metadata.set("dateWritten", LocalDate.of(2026, 2, 1 + t.index).toString());
		metadata.set("title", t.thisYear.title());
		perform(post("/filing/editions/" + t.editionId + "/metadata").params(metadata)
			.with(user(t.clerk()))
			.with(csrf()));
		String problems = t.thisYear.parts().get(SectionKind.PROBLEMS).body();
		this.mvc
			.perform(PartRequests.autosave(t.editionId, "problems",
					t.thisYear.parts().get(SectionKind.PROBLEMS).heading(), problems + "\n以上问题已列入整改清单。",
					version(t.editionId), t.clerk()))
			.andExpect(status().isOk());
		if (t.clerks.size() > 1) {
			perform(PartRequests.save(t.editionId, "other", "五、其他需要报告的情况",
					"本年度未发生行政机关负责人不出庭应诉的情况。协办人补充：全年法律顾问服务" + t.index + "次。", version(t.editionId), t.clerks.get(1)));
		}
	}

	/**
	 * A clerk's own Word file: uploaded, previewed, and applied as the preview page posts
	 * it.
	 */
	private void importWordFile(Township t) throws Exception {
		byte[] docx = Docx.of(t.thisYear);
		String preview = html(multipart("/filing/editions/" + t.editionId + "/import")
			.file(new MockMultipartFile("file", t.name + "2025年度报告.docx", null, docx))
			.with(user(t.clerk()))
			.with(csrf()));
		MultiValueMap<String, String> fields = HtmlForms.fields(preview, "form[action$=/import/apply]");
		assertThat(fields.get("chunks[0].kind")).isNotNull();
		perform(post("/filing/editions/" + t.editionId + "/import/apply").params(fields)
			.with(user(t.clerk()))
			.with(csrf()));
		ReportEdition imported = this.fixtures.reload(t.editionId);
		assertThat(imported.section(SectionKind.RESPONSIBLE_PERSON).orElseThrow().getBody()).isNotBlank();
		assertThat(imported.getAddressee()).endsWith("：");
	}

	private void submit(Township t, String changeNote) throws Exception {
		MockHttpServletRequestBuilder request = WorkflowRequests.submit(t.editionId, version(t.editionId), t.clerk());
		if (changeNote != null) {
			request.param("changeNote", changeNote);
		}
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
		assertThat(state(t.editionId)).isEqualTo(EditionState.SUBMITTED);
	}

	private void answerAndResubmit(Township t) throws Exception {
		List<ReviewRemark> onParts = this.remarks.findByEditionIdOrderByCreatedAtAscIdAsc(t.editionId)
			.stream()
			.filter((r) -> r.getSectionKind() != null)
			.toList();
		assertThat(onParts).hasSize(2);
		perform(post("/filing/editions/" + t.editionId + "/remarks/" + onParts.get(0).getId() + "/reply")
			.param("text", "已补充行政执法案件数据。")
			.with(user(t.clerk()))
			.with(csrf()));
		WrittenReport.Part measures = t.thisYear.parts().get(SectionKind.MEASURES);
		perform(PartRequests.save(t.editionId, "measures", measures.heading(),
				measures.body() + "\n全年办理行政处罚案件" + (40 + t.index) + "件，较上年增长12.5%。", version(t.editionId), t.clerk()));
		submit(t, "已按审核意见补充行政执法数据，并细化了问题原因。");
	}

	/**
	 * 发起更正 after publication: the correction is drafted, explained, reviewed and
	 * published under the same index number.
	 */
	private void correct(Township t) throws Exception {
		html(get("/filing/reports/" + t.reportId + "/correction"), t.clerk());
		MvcResult started = this.mvc
			.perform(post("/filing/reports/" + t.reportId + "/correction").with(user(t.clerk())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		t.correctionId = Long.valueOf(started.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
		assertThat(html(get("/filing"), t.clerk())).contains("更正稿");
		ReportEdition correction = this.fixtures.reload(t.correctionId);
		var measures = correction.section(SectionKind.MEASURES).orElseThrow();
		perform(PartRequests.save(t.correctionId, "measures", measures.getHeading(),
				measures.getBody() + "\n更正补充：全年新增法律顾问服务记录一百零八条。", version(t.correctionId), t.clerk()));
		MultiValueMap<String, String> metadata = HtmlForms
			.fields(html(get("/filing/editions/" + t.correctionId), t.clerk()), "form[action$=/metadata]");
		metadata.set("correctionNote", "补充了法律顾问服务的统计数据。");
		perform(post("/filing/editions/" + t.correctionId + "/metadata").params(metadata)
			.with(user(t.clerk()))
			.with(csrf()));
		this.mvc.perform(WorkflowRequests.submit(t.correctionId, version(t.correctionId), t.clerk()))
			.andExpect(status().is3xxRedirection());
		this.clock.advance(Duration.ofDays(2));
		perform(WorkflowRequests.publish(t.correctionId, version(t.correctionId), this.reviewer));
		assertThat(state(t.editionId)).isEqualTo(EditionState.SUPERSEDED);
	}

	private void checkTheComplianceBoardAndQueue() throws Exception {
		String board = html(get("/review/compliance"), this.reviewer);
		// Defaults to the year that is due: in April 2026 that is 2025.
		assertThat(HtmlForms.visibleText(board)).contains("2025");
		String csv = new String(bytes(get("/review/compliance.csv").param("year", "2025"), this.reviewer),
				StandardCharsets.UTF_8);
		Set<Integer> unpublished = Set.of(7, 10, 12, NEVER_SUBMITS);
		for (Township t : this.townships) {
			String[] cells = csv.lines()
				.filter((l) -> l.startsWith(t.fullName + ","))
				.findFirst()
				.orElseThrow()
				.split(",");
			boolean submittedLate = LATE.contains(t.index) || t.index == NEVER_SUBMITS;
			assertThat(cells[5]).as(t.name + " submission").isEqualTo(submittedLate ? "逾期" : "按期");
			assertThat(cells[8]).as(t.name + " publication").isEqualTo(unpublished.contains(t.index) ? "逾期" : "按期");
		}
		String queue = html(get("/review"), this.reviewer);
		Set<Integer> awaiting = Set.of(7, 10, 12);
		for (Township t : this.townships) {
			boolean shown = queue.contains("/review/editions/" + t.editionId + "\"");
			assertThat(shown).as(t.name + " awaiting review").isEqualTo(awaiting.contains(t.index));
		}
		// The queue marks as late exactly what the board counts as late.
		assertThat(count(queue, "tag-late")).isEqualTo(1);
	}

	private void checkInboxes() throws Exception {
		for (int i : RETURNED) {
			String inbox = html(get("/inbox"), this.townships.get(i).clerk());
			assertThat(count(inbox, "被退回修改")).as("returns for " + i).isEqualTo(1);
			assertThat(inbox).contains("提出了 2 条审核意见");
		}
		String reviewerInbox = html(get("/inbox"), this.reviewer);
		assertThat(count(reviewerInbox, "修改后重新报送了")).isEqualTo(RETURNED.size());
		assertThat(html(get("/inbox"), this.townships.get(9).clerk())).contains("将于 2026-03-20 09:00 公开");
		assertThat(html(get("/inbox"), this.townships.get(WITHDRAWN).clerk())).contains("已撤回");
	}

	private void checkPublicPagesWordAndFeeds() throws Exception {
		Set<Integer> visible = new HashSet<>(PUBLISHED_NOW);
		visible.addAll(SCHEDULED);
		visible.remove(WITHDRAWN);
		List<String> titles = new ArrayList<>();
		for (Township t : this.townships) {
			if (!visible.contains(t.index)) {
				if (t.index != WITHDRAWN) {
					this.mvc.perform(get("/reports/" + t.reportId)).andExpect(status().isNotFound());
				}
				continue;
			}
			String page = html(get("/reports/" + t.reportId), null);
			ReportEdition shown = this.fixtures.reload((t.index == CORRECTED) ? t.correctionId : t.editionId);
			titles.add(shown.getTitle());
			for (var section : shown.getSections()) {
				if (!section.isBlank()) {
					assertThat(count(page, ">" + section.getHeading() + "<")).as(t.name + section.getKind())
						.isEqualTo(1);
				}
			}
			List<String> word = Docx.paragraphs(bytes(get("/reports/" + t.reportId + "/export.docx"), null));
			assertThat(word.get(0)).isEqualTo(shown.getTitle());
			for (var section : shown.getSections()) {
				if (!section.isBlank()) {
					assertThat(word.stream().filter(section.getHeading()::equals).count()).isEqualTo(1);
				}
			}
		}
		assertThat(html(get("/reports/" + this.townships.get(CORRECTED).reportId), null)).contains("补充了法律顾问服务的统计数据。")
			.contains("/versions/1");
		String withdrawnPage = html(get("/reports/" + this.townships.get(WITHDRAWN).reportId), null);
		assertThat(withdrawnPage).contains("报告中含有不宜公开的个人信息，已撤回处理。");
		this.mvc.perform(get("/reports/" + this.townships.get(WITHDRAWN).reportId + "/export.docx"))
			.andExpect(status().isNotFound());

		byte[] atom = bytes(get("/feeds/reports.atom").param("region", this.countyCode), null);
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		NodeList entries = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(atom))
			.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
		List<String> feedTitles = new ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			feedTitles.add(((Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")
				.item(0)
				.getTextContent());
		}
		// This year's public reports and last year's backfilled ones.
		assertThat(feedTitles).containsAll(titles).hasSize(visible.size() + TOWNSHIPS);
	}

	private void checkTheApiAndSearch() throws Exception {
		Set<Integer> visible = new HashSet<>(PUBLISHED_NOW);
		visible.addAll(SCHEDULED);
		visible.remove(WITHDRAWN);
		String list = html(get("/api/v1/reports").param("region", this.countyCode).param("year", "2025"), null);
		assertThat(list).contains("\"total\":" + visible.size());
		assertThat(html(get("/api/v1/reports").param("region", this.countyCode).param("year", "2024"), null))
			.contains("\"total\":" + TOWNSHIPS);
		String withdrawn = html(get("/api/v1/reports/" + this.townships.get(WITHDRAWN).reportId), null);
		assertThat(withdrawn).contains("\"status\":\"withdrawn\"", "\"parts\":[]");
		for (Township t : this.townships) {
			String title = this.fixtures.reload((t.index == CORRECTED) ? t.correctionId : t.editionId).getTitle();
			Indexing.eventually(() -> {
				String hits = html(
						get("/api/v1/search").param("q", "\"" + title + "\"").param("region", this.countyCode), null);
				boolean found = hits.contains("\"id\":" + t.reportId + ",");
				assertThat(found).as("search finds " + t.name).isEqualTo(visible.contains(t.index));
			});
		}
		Indexing.eventually(() -> {
			String corrected = html(
					get("/api/v1/search").param("q", "一百零八条").param("region", this.countyCode).param("year", "2025"),
					null);
			assertThat(corrected).contains("\"id\":" + this.townships.get(CORRECTED).reportId + ",")
				.contains("\"total\":1");
		});
	}

	/**
	 * Every page the year's people used, in Chinese: no part or state code, no English
	 * phrase from the audit trail, no login id.
	 */
	private void checkNoPageShowsCodesOrLoginIds() throws Exception {
		Township returned = this.townships.get(1);
		Township corrected = this.townships.get(CORRECTED);
		List<String> pages = new ArrayList<>();
		pages.add(html(get("/filing"), returned.clerk()));
		pages.add(html(get("/filing/editions/" + returned.editionId), returned.clerk()));
		pages.add(html(get("/filing/editions/" + corrected.correctionId), corrected.clerk()));
		pages.add(html(get("/inbox"), returned.clerk()));
		pages.add(html(get("/review"), this.reviewer));
		pages.add(html(get("/review").param("state", "PUBLISHED"), this.reviewer));
		pages.add(html(get("/review/editions/" + returned.editionId), this.reviewer));
		pages.add(html(get("/review/editions/" + returned.editionId + "/history"), this.reviewer));
		pages.add(html(get("/review/editions/" + corrected.correctionId + "/history"), this.reviewer));
		pages.add(html(get("/review/compliance"), this.reviewer));
		pages.add(html(get("/inbox"), this.reviewer));
		pages.add(html(get("/admin"), this.admin));
		Pattern codes = Pattern
			.compile("\\b(MEASURES|PROBLEMS|RESPONSIBLE_PERSON|NEXT_YEAR_PLANS|OTHER|DRAFT|SUBMITTED|"
					+ "RETURNED|SCHEDULED|PUBLISHED|SUPERSEDED|WITHDRAWN|SAVE|REMARK|metadata|import|secrecy|null)\\b");
		for (String page : pages) {
			String text = HtmlForms.visibleText(page);
			List<String> found = codes.matcher(text).results().map(MatchResult::group).toList();
			assertThat(found).as("codes on screen").isEmpty();
			for (String username : this.usernames) {
				assertThat(text).as("login id on screen").doesNotContain(username);
			}
		}
		assertThat(pages.get(7)).contains("县法治办审核员", "填报员" + returned.name, "已补充行政执法案件数据。");
	}

	private EditionState state(Long editionId) {
		return this.editions.findById(editionId).orElseThrow().getState();
	}

	private long version(Long editionId) {
		return this.editions.findById(editionId).orElseThrow().getVersion();
	}

	/**
	 * A form post that must succeed (redirect); when it does not, the page's error
	 * summary says why.
	 */
	private void perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		if (result.getResponse().getStatus() / 100 != 3) {
			var summary = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.select(".error-summary, .error");
			throw new AssertionError(
					"Expected a redirect, got " + result.getResponse().getStatus() + ": " + summary.text());
		}
	}

	/**
	 * Posts a decision and reads the message the next page shows.
	 */
	private String redirectFlash(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		Object flash = result.getFlashMap().get("flash");
		Object args = result.getFlashMap().get("flashArgs");
		assertThat(flash).isEqualTo("flash.published");
		return "报告已公开，索引号 " + ((List<?>) args).get(0) + "。";
	}

	private String html(AbstractMockHttpServletRequestBuilder<?> request, CurrentUser who) throws Exception {
		if (who != null) {
			request.with(user(who));
		}
		return html(request);
	}

	private String html(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private byte[] bytes(AbstractMockHttpServletRequestBuilder<?> request, CurrentUser who) throws Exception {
		if (who != null) {
			request.with(user(who));
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private static int count(String text, String needle) {
		int n = 0;
		for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
			n++;
		}
		return n;
	}

	private static String jsonString(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\t' -> out.append("\\t");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

}
