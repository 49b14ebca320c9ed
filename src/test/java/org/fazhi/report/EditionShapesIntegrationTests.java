package org.fazhi.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.account.CurrentUser;
import org.fazhi.demo.ReportWriter;
import org.fazhi.demo.WrittenReport;
import org.fazhi.support.Docx;
import org.fazhi.support.Fixtures;
import org.fazhi.support.Indexing;
import org.fazhi.support.PartRequests;
import org.fazhi.support.PostgresIntegrationTest;
import org.fazhi.support.WorkflowRequests;
import org.fazhi.topic.Topic;
import org.fazhi.topic.TopicRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An edition with every topic, several remarks and several submissions, turned into every
 * shape it takes — the clerk's part list, preview, checks page, Word file, submission
 * snapshot, review page, public page, JSON and search — shows each part exactly once.
 * Tests fed one topic hid a query that repeated every part once per topic.
 */
@PostgresIntegrationTest
class EditionShapesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TopicRepository topics;

	@Autowired
	SubmissionRepository submissions;

	@Autowired
	ReportEditionRepository editions;

	@Test
	void everyShapeOfAnEditionWithEveryTopicShowsEachPartOnce() throws Exception {
		Fixtures.World world = this.fixtures.world();
		this.mvc.perform(WorkflowRequests.start(2025, "EMPTY", world.clerkA())).andExpect(status().is3xxRedirection());
		ReportEdition edition = this.editions
			.findByReportAgencyIdOrderByReportYearDescEditionNumberDesc(world.townshipA().getId())
			.get(0);
		Long id = edition.getId();
		WrittenReport written = new ReportWriter().write(ReportWriter.Options
			.typical(world.townshipA().getShortName(), world.townshipA().getFullName(), "测试县", 2025, 42)
			.withLength(15000), null);
		long version = edition.getVersion();
		for (var part : written.parts().entrySet()) {
			this.mvc
				.perform(PartRequests.save(id, part.getKey().slug(), part.getValue().heading(), part.getValue().body(),
						version, world.clerkA()))
				.andExpect(status().is3xxRedirection());
			version++;
		}
		List<Long> allTopics = this.topics.findByActiveTrueOrderByPositionAscIdAsc()
			.stream()
			.map(Topic::getId)
			.toList();
		assertThat(allTopics).hasSize(10);
		this.mvc
			.perform(WorkflowRequests.metadata(id, version, written.title(), LocalDate.now().minusDays(1), allTopics,
					world.clerkA()))
			.andExpect(redirectedUrl("/filing/editions/" + id));
		version++;
		List<String> headings = written.parts().values().stream().map(WrittenReport.Part::heading).toList();

		assertEachOnce(page("/filing/editions/" + id, world.clerkA()), headings);
		assertEachOnce(page("/filing/editions/" + id + "/preview", world.clerkA()), headings);
		assertEachOnce(page("/filing/editions/" + id + "/submit", world.clerkA()), List.of(written.title()));
		assertEachOnce(
				String.join("\n", Docx.paragraphs(bytes("/filing/editions/" + id + "/export.docx", world.clerkA()))),
				headings);

		this.mvc.perform(WorkflowRequests.submit(id, version, world.clerkA())).andExpect(redirectedUrl("/filing"));
		version++;
		this.mvc.perform(WorkflowRequests.remark(id, "measures", "请补充执法数据。", world.reviewer()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(WorkflowRequests.remark(id, "problems", "原因分析不够具体。", world.reviewer()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(WorkflowRequests.remark(id, null, "整体较好，请按意见修改。", world.reviewer()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(WorkflowRequests.returnToTownship(id, version, "请按审核意见修改后重新报送。", world.reviewer()))
			.andExpect(redirectedUrl("/review"));
		version++;
		String measures = written.parts().get(SectionKind.MEASURES).body();
		this.mvc
			.perform(PartRequests.save(id, "measures", headings.get(0), measures + "\n全年办理行政处罚案件52件。", version,
					world.clerkA()))
			.andExpect(status().is3xxRedirection());
		version++;
		this.mvc.perform(WorkflowRequests.submit(id, version, world.clerkA()).param("changeNote", "已补充执法数据。"))
			.andExpect(redirectedUrl("/filing"));
		version++;

		List<Submission> sent = this.submissions.findByEditionIdOrderByNumberAsc(id);
		assertThat(sent).hasSize(2);
		sent.forEach((submission) -> assertThat(submission.getParts()).hasSize(written.parts().size()));
		// The review page lists the changed parts above the text: each part once in each.
		String review = page("/review/editions/" + id, world.reviewer());
		assertThat(count(review, "class=\"doc-part review-part\"")).isEqualTo(written.parts().size());
		headings.forEach((heading) -> assertThat(count(review, heading)).isEqualTo(2));

		this.mvc.perform(WorkflowRequests.publish(id, version, world.reviewer())).andExpect(redirectedUrl("/review"));
		Long reportId = edition.getReport().getId();
		assertEachOnce(page("/reports/" + reportId, null), headings);
		assertEachOnce(String.join("\n", Docx.paragraphs(bytes("/reports/" + reportId + "/export.docx", null))),
				headings);
		String json = page("/api/v1/reports/" + reportId, null);
		assertEachOnce(json, headings);
		assertThat(count(json, "\"kind\"")).isEqualTo(written.parts().size());
		String phrase = measures.lines().filter((l) -> l.length() > 30).findFirst().orElseThrow().substring(4, 16);
		Indexing.eventually(() -> {
			String hits = this.mvc.perform(get("/api/v1/search").param("q", "\"" + phrase + "\""))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(hits).contains("\"id\":" + reportId);
			assertThat(count(hits, "\"kind\":\"MEASURES\"")).isEqualTo(1);
		});
	}

	private String page(String path, CurrentUser who) throws Exception {
		var request = get(path);
		if (who != null) {
			request.with(user(who));
		}
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private byte[] bytes(String path, CurrentUser who) throws Exception {
		var request = get(path);
		if (who != null) {
			request.with(user(who));
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private static void assertEachOnce(String text, List<String> expected) {
		for (String heading : expected) {
			assertThat(count(text, heading)).as("occurrences of %s", heading).isEqualTo(1);
		}
	}

	static int count(String text, String needle) {
		Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

}
