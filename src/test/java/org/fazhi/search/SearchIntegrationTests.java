package org.fazhi.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.support.Fixtures;
import org.fazhi.support.Indexing;
import org.fazhi.support.PostgresIntegrationTest;
import org.fazhi.support.WorkflowRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search against real PostgreSQL: the verbatim-substring guarantee compared with SQL
 * {@code LIKE}, outbox consumption under concurrent transactions, recovery of a lost or
 * stale index, two instances converging on one database, and the JSON API.
 */
@PostgresIntegrationTest
class SearchIntegrationTests {

	private static final String VOCABULARY = "法治政府建设依法行政执法监督调解矛盾纠纷普法宣传营商环境数字平台应急安全生产乡镇街道村民委员会"
			+ "一二三四五六七八九十百千年度报告工作推进加强完善落实成效问题不足原因安排abcXYZ0123456789.%-ＡＢＣ１２３";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ReportEditionRepository editions;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	IndexSource loader;

	@Test
	void everyVerbatimSubstringFindsItsReportsNeverFewerThanSqlLike() throws Exception {
		Random random = new Random(20261121);
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			StringBuilder body = new StringBuilder();
			int length = 200 + random.nextInt(400);
			for (int c = 0; c < length; c++) {
				body.append(VOCABULARY.charAt(random.nextInt(VOCABULARY.length())));
				if (random.nextInt(40) == 0) {
					body.append(random.nextBoolean() ? "。" : "\n");
				}
			}
			bodies.add(body.toString());
		}
		String table = "corpus_" + Math.abs(random.nextLong());
		this.jdbc.execute("create table " + table + " (id bigint primary key, body text not null)");
		Path directory = Files.createTempDirectory("fazhi-like");
		try (ReportIndex index = new ReportIndex(directory, 10_000)) {
			for (int i = 0; i < bodies.size(); i++) {
				this.jdbc.update("insert into " + table + " values (?, ?)", (long) i, bodies.get(i));
				index.upsert(new IndexedReport((long) i, (long) i, "报告" + i, "某镇", "某镇", List.of(), 2024,
						Instant.parse("2025-03-01T00:00:00Z").plusSeconds(i), List.of(),
						List.of(new IndexedReport.Part("MEASURES", "", bodies.get(i)))));
			}
			index.commit(1, 0);
			for (int trial = 0; trial < 300; trial++) {
				String source = bodies.get(random.nextInt(bodies.size()));
				int length = 1 + random.nextInt(8);
				int start = random.nextInt(source.length() - length);
				String q = source.substring(start, start + length);
				if (q.isBlank() || q.contains("\n") || q.contains(" ") || q.startsWith("-") || q.contains("\"")
						|| q.equals("OR")) {
					continue;
				}
				Set<Long> like = new HashSet<>(
						this.jdbc.queryForList("select id from " + table + " where body like ? escape '!'", Long.class,
								"%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"));
				Set<Long> lucene = new HashSet<>();
				index
					.search(new SearchCriteria(SearchQuery.parse(q), q, null, null, List.of(), null, null, List.of(),
							null, null, null, false, 0, 100, null))
					.hits()
					.forEach((hit) -> lucene.add(hit.reportId()));
				assertThat(lucene).as("query [%s]", q).containsAll(like);
				String folded = SearchText.fold(q);
				for (Long id : lucene) {
					// The title ("报告<n>") is searched too.
					assertThat(SearchText.fold("报告" + id + " " + bodies.get(id.intValue()).replace("\n", " ")))
						.as("hit for [%s]", q)
						.contains(folded);
				}
			}
		}
		finally {
			this.jdbc.execute("drop table " + table);
			FileSystemUtils.deleteRecursively(directory);
		}
	}

	@Test
	void aTransactionThatCommitsLateIsNeverSkipped() throws Exception {
		Fixtures.World world = this.fixtures.world();
		ReportEdition early = this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2024);
		ReportEdition late = this.fixtures.published(world.townshipB(), world.clerkB(), world.reviewer(), 2024);
		this.indexer.drain();
		String earlyTitle = "先开始后提交的更新" + early.getId();
		String lateTitle = "后开始先提交的更新" + late.getId();
		try (Connection slow = this.dataSource.getConnection(); Connection fast = this.dataSource.getConnection()) {
			slow.setAutoCommit(false);
			fast.setAutoCommit(false);
			update(slow, early, earlyTitle);
			update(fast, late, lateTitle);
			fast.commit();
			this.indexer.drain();
			// The slow transaction is still running: nothing at or after it may be
			// consumed yet.
			assertThat(titlesFound(lateTitle)).isZero();
			slow.commit();
		}
		// pg_snapshot_xmin is cluster-wide: a transaction anywhere on the server (another
		// test's, autovacuum's) holds indexing back until it ends. Wait for it, with a
		// deadline, draining as the poller would (ADR 0004).
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			this.indexer.drain();
			assertThat(titlesFound(earlyTitle)).isEqualTo(1);
			assertThat(titlesFound(lateTitle)).isEqualTo(1);
		});
	}

	@Test
	void aLostOrStaleIndexIsRebuiltOrReplayedToTheSameContent() throws Exception {
		Fixtures.World world = this.fixtures.world();
		this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2024);
		Path root = Files.createTempDirectory("fazhi-recovery");
		try {
			SearchIndexer first = instance(root);
			first.catchUpAtStart();
			Set<Long> expected = publishedReports();
			assertThat(indexedReports(first)).isEqualTo(expected);
			closeIndex(first);

			FileSystemUtils.deleteRecursively(root);
			SearchIndexer rebuilt = instance(root);
			rebuilt.catchUpAtStart();
			assertThat(indexedReports(rebuilt)).isEqualTo(publishedReports());
			// Put the checkpoint back to the start, as if the last commits were lost.
			indexOf(rebuilt).commit(0, 0);
			closeIndex(rebuilt);

			SearchIndexer replayed = instance(root);
			replayed.catchUpAtStart();
			assertThat(indexedReports(replayed)).isEqualTo(publishedReports());
			assertThat(replayed.reconcile()).isZero();
			closeIndex(replayed);
		}
		finally {
			FileSystemUtils.deleteRecursively(root);
		}
	}

	@Test
	void twoInstancesOnOneDatabaseConverge() throws Exception {
		Path root = Files.createTempDirectory("fazhi-second");
		SearchIndexer second = instance(root);
		try {
			second.catchUpAtStart();
			Fixtures.World world = this.fixtures.world();
			ReportEdition submitted = this.fixtures.submitted(world.townshipA(), world.clerkA(), 2025);
			this.mvc.perform(WorkflowRequests.publish(submitted.getId(), submitted.getVersion(), world.reviewer()))
				.andExpect(status().is3xxRedirection());
			String name = world.townshipA().getFullName();
			// Other transactions on the server may hold the second instance back for a
			// moment (ADR 0004): it converges, with a deadline.
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				second.drain();
				assertThat(indexOf(second)
					.search(new SearchCriteria(SearchQuery.parse(name), name, null, null, List.of(), null, null,
							List.of(), null, null, null, false, 0, 10, null))
					.hits()).extracting(SearchHit::reportId).containsExactly(submitted.getReport().getId());
			});
		}
		finally {
			closeIndex(second);
			FileSystemUtils.deleteRecursively(root);
		}
	}

	@Test
	void theJsonSearchCarriesIdsPartsAndFacetsAndToleratesAnything() throws Exception {
		Fixtures.World world = this.fixtures.world();
		ReportEdition published = this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2024);
		String name = world.townshipA().getFullName();
		Indexing.eventually(() -> {
			this.mvc.perform(get("/api/v1/search").param("q", name + " 三项制度"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.hits[0].id").value(published.getReport().getId()))
				.andExpect(jsonPath("$.hits[0].parts[0].kind").value("MEASURES"))
				.andExpect(jsonPath("$.facets.year.2024").value(1));
		});
		this.mvc.perform(get("/search").param("q", name).param("part", "PROBLEMS").param("year", "2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共找到 0 份报告")));
		this.mvc.perform(get("/search").param("q", "三项制度 " + name))
			.andExpect(content().string(containsString("<mark>三项制度</mark>")));
		// The part facet counts the parts the whole query matches in; it is drawn when
		// one
		// does (the agency's name is in the title only, so here none would).
		this.mvc.perform(get("/search").param("q", "三项制度").param("region", world.townshipA().getUnifiedCode()))
			.andExpect(content().string(containsString("出现在报告的哪一部分")));
		this.mvc
			.perform(get("/api/v1/search").param("q", "\"(((*:*")
				.param("size", "9999")
				.param("page", "-1")
				.param("year", "x")
				.param("region", "nope")
				.param("from", "2024-13-45"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(100));
	}

	/**
	 * A search that finds nothing says so and offers what does find something (the query
	 * without its filters, a word of it alone); each filter in force is shown with a link
	 * that removes it, and ranges and dates survive a facet click.
	 */
	@Test
	void aSearchThatFindsNothingSaysWhatToTryAndEachFilterCanBeRemoved() throws Exception {
		Fixtures.World world = this.fixtures.world();
		ReportEdition published = this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2024);
		String name = world.townshipA().getFullName();
		Indexing.eventually(
				() -> this.mvc.perform(get("/api/v1/search").param("q", name)).andExpect(jsonPath("$.total").value(1)));
		String page = this.mvc
			.perform(get("/search").param("q", name)
				.param("year", "2019")
				.param("yearFrom", "2018")
				.param("from", "2020-01-01")
				.param("to", "2020-12-31"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page)
			.contains("没有找到与“" + name + "”相关的报告", "可以试试", "去掉全部筛选条件，检索“" + name + "”（1 份报告）", "去掉筛选条件：2019年度",
					"去掉筛选条件：2018 年度起", "去掉筛选条件：2020-01-01 起公开", "去掉筛选条件：2020-12-31 前公开", "清除全部筛选",
					"value=\"2020-01-01\"", "value=\"2018\"")
			// No facet headings over nothing.
			.doesNotContain("class=\"facets\"");
		// Removing one chip keeps the others.
		assertThat(page).contains("/search?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
				+ "&amp;yearFrom=2018&amp;from=2020-01-01&amp;to=2020-12-31\"");
		this.mvc.perform(get("/search").param("q", "三项制度 " + name + "不存在的词"))
			.andExpect(content().string(containsString("只检索“三项制度”")));
		this.mvc.perform(get("/search").param("q", name))
			.andExpect(content().string(containsString("/reports/" + published.getReport().getId())))
			.andExpect(content().string(containsString("id=\"filters\"")));
	}

	@Test
	void theAdminSeesIndexStatusAndCanReconcileOthersCannot() throws Exception {
		Fixtures.World world = this.fixtures.world();
		this.mvc.perform(get("/admin/search").with(user(world.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("索引中的报告")));
		this.mvc.perform(post("/admin/search/reconcile").with(user(world.admin())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/search").with(user(world.reviewer()))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/search/rebuild").with(user(world.clerkA())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private int titlesFound(String title) throws Exception {
		return (int) this.indexer.status().documents() >= 0 ? indexOf(this.indexer)
			.search(new SearchCriteria(SearchQuery.parse(title), title, null, null, List.of(), null, null, List.of(),
					null, null, null, false, 0, 10, null))
			.hits()
			.size() : 0;
	}

	private static void update(Connection connection, ReportEdition edition, String title) throws Exception {
		try (PreparedStatement update = connection.prepareStatement("update report_edition set title = ? where id = ?");
				PreparedStatement outbox = connection
					.prepareStatement("insert into search_outbox (report_id, created_at) values (?, now())")) {
			update.setString(1, title);
			update.setLong(2, edition.getId());
			update.executeUpdate();
			outbox.setLong(1, edition.getReport().getId());
			outbox.executeUpdate();
		}
	}

	private SearchIndexer instance(Path root) {
		return new SearchIndexer(new ReportIndex(root, 5000), this.loader, this.jdbc, this.dataSource,
				Clock.systemUTC(), new IndexSettings(root, Duration.ofSeconds(5), Duration.ofDays(7),
						Duration.ofSeconds(5), Duration.ofHours(1)),
				(event) -> {
				});
	}

	private static ReportIndex indexOf(SearchIndexer indexer) {
		return (ReportIndex) ReflectionTestUtils.getField(indexer, "index");
	}

	private static void closeIndex(SearchIndexer indexer) throws Exception {
		indexOf(indexer).close();
	}

	private static Set<Long> indexedReports(SearchIndexer indexer) throws Exception {
		return indexOf(indexer).editionsByReport().keySet();
	}

	private Set<Long> publishedReports() {
		return new HashSet<>(this.jdbc
			.queryForList("select distinct report_id from report_edition where state = 'PUBLISHED'", Long.class));
	}

}
