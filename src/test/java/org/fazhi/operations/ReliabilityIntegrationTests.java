package org.fazhi.operations;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fazhi.audit.AuditEvent;
import org.fazhi.audit.AuditEventRepository;
import org.fazhi.report.EditionState;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.SectionKind;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PartRequests;
import org.fazhi.support.PostgresIntegrationTest;
import org.fazhi.support.WorkflowRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * No duplicate transitions and no lost words: the same form posted twice (double click,
 * back button and resubmit) or by two people at the same moment moves a report once.
 */
@PostgresIntegrationTest
class ReliabilityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditEventRepository audit;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	@Test
	void aSubmitPostedTwiceSubmitsOnce() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2024);
		MockHttpServletRequestBuilder submit = post("/filing/editions/{id}/submit", draft.getId())
			.param("version", Long.toString(draft.getVersion()))
			.param("confirmWarnings", "true")
			.with(user(this.world.clerkA()))
			.with(csrf());
		int first = this.mvc.perform(submit).andReturn().getResponse().getStatus();
		int second = this.mvc.perform(submit).andReturn().getResponse().getStatus();
		assertThat(first).isEqualTo(302);
		assertThat(second).isEqualTo(200);
		assertThat(actions(draft)).containsOnlyOnce("SUBMIT");
		assertThat(this.jdbc.queryForObject("select count(*) from submission where edition_id = ?", Integer.class,
				draft.getId()))
			.isEqualTo(1);
	}

	@Test
	void twoReviewersPublishingAtTheSameMomentPublishOnceWithOneIndexNumber() throws Exception {
		ReportEdition submitted = this.fixtures.submitted(this.world.townshipA(), this.world.clerkA(), 2023);
		Callable<Integer> publish = () -> this.mvc
			.perform(WorkflowRequests.publish(submitted.getId(), submitted.getVersion(), this.world.reviewer()))
			.andReturn()
			.getResponse()
			.getStatus();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> answers = List.of(pool.submit(() -> awaitThen(start, publish)),
					pool.submit(() -> awaitThen(start, publish)), pool.submit(() -> awaitThen(start, publish)),
					pool.submit(() -> awaitThen(start, publish)));
			start.countDown();
			// Every answer is orderly (the losers are told the report moved on); what
			// matters is what happened to the report.
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isLessThan(500);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(actions(submitted)).containsOnlyOnce("PUBLISH");
		assertThat(this.fixtures.reload(submitted.getId()).getState()).isEqualTo(EditionState.PUBLISHED);
		assertThat(this.jdbc.queryForObject("select count(*) from report where id = ? and index_number is not null",
				Integer.class, submitted.getReport().getId()))
			.isEqualTo(1);
	}

	@Test
	void aPartSavedFromAStalePageIsRefusedAndTheNewerTextKept() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2024);
		long old = draft.getVersion();
		this.mvc
			.perform(PartRequests.save(draft.getId(), "measures", "一、主要举措和成效", "第一次保存的文字。", old, this.world.clerkA()))
			.andReturn();
		// The back button brings the old form back; posting it again is refused.
		this.mvc
			.perform(PartRequests.save(draft.getId(), "measures", "一、主要举措和成效", "旧页面上的文字。", old, this.world.clerkA()))
			.andReturn();
		assertThat(this.fixtures.reload(draft.getId()).section(SectionKind.MEASURES).orElseThrow().getBody())
			.isEqualTo("第一次保存的文字。");
	}

	private static Integer awaitThen(CountDownLatch start, Callable<Integer> action) throws Exception {
		start.await();
		return action.call();
	}

	private List<String> actions(ReportEdition edition) {
		return this.audit.findByReportIdOrderByOccurredAtAscIdAsc(edition.getReport().getId())
			.stream()
			.map(AuditEvent::getAction)
			.toList();
	}

}
