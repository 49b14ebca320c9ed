package org.fazhi.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lucene index on a real on-disk directory with a small corpus: verbatim matching of
 * Chinese, Latin and digits, the query language, ranking, filters, facets, snippets,
 * upsert and delete by id, and the checkpoint kept in the commit.
 */
class ReportIndexTests {

	@TempDir
	Path directory;

	private ReportIndex index;

	@BeforeEach
	void open() throws Exception {
		this.index = new ReportIndex(this.directory, 2000);
		this.index.upsert(report(1L, "程庄镇2023年度法治政府建设情况的报告", "全面推行行政执法“三项制度”，调解成功率97.8%。", 2023, "1", "CA"));
		this.index.upsert(report(2L, "良垌镇2024年度法治政府建设情况的报告", "物业纠纷人民调解委员会调解物业纠纷217起。", 2024, "7", "CA"));
		this.index.upsert(report(3L, "龙山镇2023年法治政府建设年度报告", "推进ＡＢＣ数字法治，网上办件量占比63%。", 2023, "10", "CB"));
		this.index.commit(7, 0);
	}

	@AfterEach
	void close() throws Exception {
		this.index.close();
	}

	@Test
	void anEmptyIndexAnswersWithNothingRatherThanFailing(@TempDir Path empty) throws Exception {
		try (ReportIndex fresh = new ReportIndex(empty, 2000)) {
			SearchResults results = fresh.search(criteria("法治"));
			assertThat(results.total()).isZero();
			assertThat(results.years()).isEmpty();
		}
	}

	@Test
	void findsEveryReportContainingTheQueryVerbatim() throws Exception {
		assertThat(ids("物业纠纷")).containsExactly(2L);
		assertThat(ids("三项制度")).containsExactly(1L);
		assertThat(ids("法治政府")).containsExactlyInAnyOrder(1L, 2L, 3L);
	}

	@Test
	void singleCharactersMatch() throws Exception {
		assertThat(ids("龙")).containsExactly(3L);
		assertThat(ids("调")).containsExactlyInAnyOrder(1L, 2L);
	}

	@Test
	void charactersThatAreNotAdjacentInTheTextDoNotMatchAsOneTerm() throws Exception {
		// 纠 and 委 both occur in report 2, but never as the string 纠委.
		assertThat(ids("纠委")).isEmpty();
	}

	@Test
	void latinLettersAndDigitsMatchInsideLongerRuns() throws Exception {
		assertThat(ids("97.8")).containsExactly(1L);
		assertThat(ids("7.8%")).containsExactly(1L);
		assertThat(ids("21")).containsExactly(2L);
		assertThat(ids("bc")).containsExactly(3L);
		assertThat(ids("“三项")).containsExactly(1L);
	}

	@Test
	void fullWidthAndHalfWidthFormsMatchEachOther() throws Exception {
		assertThat(ids("abc")).containsExactly(3L);
		assertThat(ids("ＡＢＣ")).containsExactly(3L);
		assertThat(ids("ABC")).containsExactly(3L);
	}

	@Test
	void allTermsMustMatchAndOrExcludeAndQuotesWork() throws Exception {
		assertThat(ids("调解 物业")).containsExactly(2L);
		assertThat(ids("调解　龙山")).isEmpty();
		assertThat(ids("物业纠纷 OR 三项制度")).containsExactlyInAnyOrder(1L, 2L);
		assertThat(ids("法治 -物业")).containsExactlyInAnyOrder(1L, 3L);
		assertThat(ids("\"三项 制度\"")).containsExactly(1L);
		assertThat(ids("“物业纠纷”")).containsExactly(2L);
	}

	@Test
	void titleMatchesRankAboveBodyMatchesAndNewerWinsTies() throws Exception {
		this.index.upsert(report(4L, "关于物业管理的说明", "其他内容。", 2025, "1", "CA"));
		this.index.upsert(report(5L, "街道工作总结", "本年度物业管理工作有序开展。", 2025, "1", "CA"));
		this.index.commit(8, 0);
		assertThat(ids("物业管理")).containsExactly(4L, 5L);
		assertThat(this.index.search(criteria("法治政府", true)).hits()).extracting(SearchHit::reportId)
			.containsExactly(2L, 3L, 1L);
	}

	@Test
	void filtersAndFacetsIncludingDrillSideways() throws Exception {
		SearchResults all = this.index.search(criteria("法治"));
		assertThat(all.years()).containsEntry("2023", 2L).containsEntry("2024", 1L);
		assertThat(all.regions()).containsEntry("PA", 3L);
		SearchResults in2023 = this.index.search(new SearchCriteria(SearchQuery.parse("法治"), "法治", null, null,
				List.of(2023), null, null, List.of(), null, null, null, false, 0, 10, null));
		assertThat(in2023.total()).isEqualTo(2);
		// Counts for the other years stay visible, so a second year can be added.
		assertThat(in2023.years()).containsEntry("2024", 1L);
		SearchResults county = this.index.search(new SearchCriteria(SearchQuery.parse("法治"), "法治", "COUNTY", "CA",
				List.of(), null, null, List.of(), null, null, null, false, 0, 10, null));
		assertThat(county.hits()).extracting(SearchHit::reportId).containsExactlyInAnyOrder(1L, 2L);
		assertThat(county.regions()).containsOnlyKeys("TA");
		SearchResults topic = this.index.search(new SearchCriteria(SearchQuery.parse("法治"), "法治", null, null, List.of(),
				null, null, List.of("7", "10"), null, null, null, false, 0, 10, null));
		assertThat(topic.hits()).extracting(SearchHit::reportId).containsExactlyInAnyOrder(2L, 3L);
		SearchResults range = this.index.search(new SearchCriteria(SearchQuery.parse("法治"), "法治", null, null, List.of(),
				2024, 2030, List.of(), null, null, null, false, 0, 10, null));
		assertThat(range.hits()).extracting(SearchHit::reportId).containsExactly(2L);
	}

	@Test
	void searchingOnePartAndKnowingWhichPartsMatched() throws Exception {
		this.index.upsert(new IndexedReport(9L, 90L, "某镇报告", "某镇人民政府", "某省 › 某县 › 某镇", regions("CA"), 2025,
				Instant.parse("2026-03-01T02:00:00Z"), List.of(),
				List.of(new IndexedReport.Part("MEASURES", "一、主要举措", "执法人员培训两次。"),
						new IndexedReport.Part("PROBLEMS", "二、存在的不足", "执法人员专业能力不足。"))));
		this.index.commit(9, 0);
		SearchResults anywhere = this.index.search(criteria("执法人员"));
		assertThat(anywhere.parts()).containsEntry("MEASURES", 1L).containsEntry("PROBLEMS", 1L);
		assertThat(anywhere.hits().get(0).parts()).extracting(SearchHit.PartHit::kind)
			.containsExactly("MEASURES", "PROBLEMS");
		SearchResults problems = this.index.search(new SearchCriteria(SearchQuery.parse("培训"), "培训", null, null,
				List.of(), null, null, List.of(), "PROBLEMS", null, null, false, 0, 10, null));
		assertThat(problems.total()).isZero();
	}

	@Test
	void snippetsMarkMatchesAndEndOnChineseSentenceBreaksEvenDeepInLongReports() throws Exception {
		String filler = "这是一句很长的普通内容，用来把报告撑到一万字以上。".repeat(600);
		this.index.upsert(new IndexedReport(8L, 80L, "长报告", "某镇人民政府", "某镇", regions("CB"), 2025,
				Instant.parse("2026-03-01T02:00:00Z"), List.of(),
				List.of(new IndexedReport.Part("MEASURES", "一、举措", filler + "深处的独特短语在这里出现；后面还有一句。"))));
		this.index.commit(10, 0);
		SearchHit hit = this.index.search(criteria("独特短语")).hits().get(0);
		List<SearchHit.Snippet> runs = hit.parts().get(0).snippet();
		assertThat(runs).anySatisfy((run) -> {
			assertThat(run.match()).isTrue();
			assertThat(run.text()).isEqualTo("独特短语");
		});
		String text = runs.stream().map(SearchHit.Snippet::text).reduce("", String::concat);
		assertThat(text).isEqualTo("深处的独特短语在这里出现；");
	}

	@Test
	void hostileInputNeverFails() throws Exception {
		for (String query : List.of("\"", "\\", "*:*", "AND OR NOT", "(((", "。，！？", "😀", "a".repeat(10_000),
				"title:法治 OR body:[a TO z]", "-", "OR OR", "\"\"", "- -法治", "𠀀")) {
			SearchResults results = this.index.search(criteria(query));
			assertThat(results.total()).as(query).isGreaterThanOrEqualTo(0);
		}
	}

	@Test
	void upsertReplacesAndDeleteRemoves() throws Exception {
		this.index.upsert(report(2L, "良垌镇报告（更正）", "已更正的内容。", 2024, "7", "CA"));
		this.index.delete(1L);
		this.index.commit(9, 0);
		assertThat(ids("物业纠纷")).isEmpty();
		assertThat(ids("已更正")).containsExactly(2L);
		assertThat(ids("三项制度")).isEmpty();
		assertThat(this.index.documentCount()).isEqualTo(2);
		assertThat(this.index.editionsByReport()).containsOnlyKeys(2L, 3L).containsEntry(2L, 20L);
	}

	@Test
	void checkpointSurvivesReopening() throws Exception {
		assertThat(this.index.checkpoint()).isEqualTo(7);
		this.index.close();
		this.index = new ReportIndex(this.directory, 2000);
		assertThat(this.index.needsRebuild()).isFalse();
		assertThat(this.index.checkpoint()).isEqualTo(7);
		assertThat(ids("物业纠纷")).containsExactly(2L);
	}

	@Test
	void indexesOfOtherSchemaVersionsAreDeletedUnlessAnotherProcessWritesThem(@TempDir Path root) throws Exception {
		Path stale = Files.createDirectories(root.resolve("v1"));
		Files.writeString(stale.resolve("_0.cfs"), "old segment");
		Path busy = Files.createDirectories(root.resolve("v0"));
		Path unrelated = Files.createDirectories(root.resolve("backups"));
		try (FSDirectory busyDirectory = FSDirectory.open(busy);
				Lock held = busyDirectory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
				ReportIndex current = new ReportIndex(root, 2000)) {
			assertThat(stale).doesNotExist();
			assertThat(busy).exists();
			assertThat(unrelated).exists();
			assertThat(root.resolve("v" + ReportDocuments.SCHEMA_VERSION)).isDirectory();
		}
	}

	@Test
	void searchesAtOnceGetTheSameAnswersAsOneAtATime() throws Exception {
		// More searches than cores: some run their part counts on the helper threads,
		// the rest on their own thread.
		List<SearchCriteria> queries = List.of(criteria("法治"), criteria("调解"), criteria("数字法治"),
				new SearchCriteria(SearchQuery.parse("法治"), "法治", null, null, List.of(2023), null, null, List.of(),
						null, null, null, false, 0, 10, null));
		List<SearchResults> expected = new ArrayList<>();
		for (SearchCriteria query : queries) {
			expected.add(this.index.search(query));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<SearchResults>> running = new ArrayList<>();
			for (int round = 0; round < 10; round++) {
				for (SearchCriteria query : queries) {
					running.add(pool.submit(() -> this.index.search(query)));
				}
			}
			for (int i = 0; i < running.size(); i++) {
				SearchResults got = running.get(i).get();
				SearchResults want = expected.get(i % queries.size());
				assertThat(got.total()).isEqualTo(want.total());
				assertThat(got.parts()).isEqualTo(want.parts());
				assertThat(got.years()).isEqualTo(want.years());
				assertThat(got.hits()).extracting(SearchHit::reportId)
					.containsExactlyElementsOf(want.hits().stream().map(SearchHit::reportId).toList());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(expected.get(3).years()).containsKeys("2023", "2024");
	}

	@Test
	void idsByDateGiveTheExactCountAndNewestFirst() throws Exception {
		IdsByDate.IdPage page = IdsByDate.of(this.index, pageOf("法治", 0, 2));
		assertThat(page.total()).isEqualTo(3);
		// Report 2 is of 2024, published in 2025; 3 and 1 of 2023, 3 a few seconds later.
		assertThat(page.ids()).containsExactly(2L, 3L);
		assertThat(IdsByDate.of(this.index, pageOf("物业纠纷", 0, 20)).ids()).containsExactly(2L);
		assertThat(IdsByDate.of(this.index, pageOf("不存在的词", 0, 20)).total()).isZero();
	}

	@Test
	void pagingCountsEveryHit() throws Exception {
		SearchResults first = this.index.search(pageOf("法治", 0, 2));
		SearchResults second = this.index.search(pageOf("法治", 1, 2));
		assertThat(first.total()).isEqualTo(3);
		assertThat(first.hits()).hasSize(2);
		assertThat(second.hits()).hasSize(1);
		assertThat(first.hasNext()).isTrue();
		assertThat(second.hasNext()).isFalse();
	}

	@Test
	void smartcnSegmentsChineseIntoWords() throws Exception {
		// smartcn comes from the 10.5 line while core is 10.6: check it still segments.
		try (SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
				TokenStream stream = analyzer.tokenStream("body", "推进法治政府建设")) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			List<String> words = new ArrayList<>();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
			assertThat(words).contains("法治", "政府", "建设");
		}
	}

	private List<Long> ids(String query) throws Exception {
		return this.index.search(criteria(query)).hits().stream().map(SearchHit::reportId).toList();
	}

	static SearchCriteria criteria(String query) {
		return criteria(query, false);
	}

	static SearchCriteria criteria(String query, boolean byDate) {
		return new SearchCriteria(SearchQuery.parse(query), query, null, null, List.of(), null, null, List.of(), null,
				null, null, byDate, 0, 100, null);
	}

	private static SearchCriteria pageOf(String query, int page, int size) {
		return new SearchCriteria(SearchQuery.parse(query), query, null, null, List.of(), null, null, List.of(), null,
				null, null, true, page, size, null);
	}

	private static List<IndexedReport.Region> regions(String county) {
		return List.of(new IndexedReport.Region("PROVINCE", "PA"), new IndexedReport.Region("COUNTY", county),
				new IndexedReport.Region("TOWNSHIP", "T" + county.substring(1)));
	}

	private static IndexedReport report(Long id, String title, String body, int year, String topic, String county) {
		return new IndexedReport(id, id * 10, title, "某镇人民政府", "某省 › 某县 › 某镇", regions(county), year,
				Instant.parse(year + 1 + "-03-01T02:00:00Z").plusSeconds(id), List.of(topic),
				List.of(new IndexedReport.Part("MEASURES", "一、主要举措和成效", body)));
	}

}
