package org.fazhi.search;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lucene index on a real on-disk directory with a small corpus: verbatim matching of
 * Chinese, Latin and digits, upsert and delete by id, and the checkpoint kept in the
 * commit.
 */
class ReportIndexTests {

	@TempDir
	Path directory;

	private ReportIndex index;

	@BeforeEach
	void open() throws Exception {
		this.index = new ReportIndex(this.directory);
		this.index.upsert(report(1L, "程庄镇2023年度法治政府建设情况的报告", "全面推行行政执法“三项制度”，调解成功率97.8%。", 2023));
		this.index.upsert(report(2L, "良垌镇2024年度法治政府建设情况的报告", "物业纠纷人民调解委员会调解物业纠纷217起。", 2024));
		this.index.upsert(report(3L, "龙山镇2023年法治政府建设年度报告", "推进ＡＢＣ数字法治，网上办件量占比63%。", 2023));
		this.index.commit(7);
	}

	@AfterEach
	void close() throws Exception {
		this.index.close();
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
	void allTermsMustMatch() throws Exception {
		assertThat(ids("调解 物业")).containsExactly(2L);
		assertThat(ids("调解　龙山")).isEmpty();
	}

	@Test
	void fullWidthAndHalfWidthFormsMatchEachOther() throws Exception {
		assertThat(ids("abc")).containsExactly(3L);
		assertThat(ids("ＡＢＣ")).containsExactly(3L);
		assertThat(ids("97.8")).containsExactly(1L);
	}

	@Test
	void titleMatchesRankAboveBodyMatches() throws Exception {
		this.index.upsert(report(4L, "关于物业管理的说明", "其他内容。", 2025));
		this.index.upsert(report(5L, "街道工作总结", "本年度物业管理工作有序开展。", 2025));
		this.index.commit(8);
		assertThat(ids("物业管理")).containsExactly(4L, 5L);
	}

	@Test
	void hostileInputNeverFails() throws Exception {
		for (String query : List.of("\"", "\\", "*:*", "AND OR NOT", "(((", "。，！？", "😀", "a".repeat(10_000),
				"title:法治 OR body:[a TO z]")) {
			SearchResults results = this.index.search(SearchRequest.parse(query, 0, 10, false));
			assertThat(results.total()).as(query).isGreaterThanOrEqualTo(0);
		}
		assertThat(this.index.search(SearchRequest.parse("。，！？", 0, 10, false)).total()).isZero();
	}

	@Test
	void upsertReplacesAndDeleteRemoves() throws Exception {
		this.index.upsert(report(2L, "良垌镇报告（更正）", "已更正的内容。", 2024));
		this.index.delete(1L);
		this.index.commit(9);
		assertThat(ids("物业纠纷")).isEmpty();
		assertThat(ids("已更正")).containsExactly(2L);
		assertThat(ids("三项制度")).isEmpty();
		assertThat(this.index.documentCount()).isEqualTo(2);
	}

	@Test
	void checkpointSurvivesReopening() throws Exception {
		assertThat(this.index.checkpoint()).isEqualTo(7);
		this.index.close();
		this.index = new ReportIndex(this.directory);
		assertThat(this.index.wasCreated()).isFalse();
		assertThat(this.index.checkpoint()).isEqualTo(7);
		assertThat(ids("物业纠纷")).containsExactly(2L);
	}

	@Test
	void snippetsMarkTheFirstMatch() throws Exception {
		SearchHit hit = this.index.search(SearchRequest.parse("物业纠纷", 0, 10, false)).hits().get(0);
		assertThat(hit.snippet().match()).isEqualTo("物业纠纷");
		assertThat(hit.snippet().after()).startsWith("人民调解委员会");
		assertThat(hit.agencyPath()).isEqualTo("某省 › 某县 › 某镇");
	}

	@Test
	void pagingCountsEveryHit() throws Exception {
		SearchResults first = this.index.search(SearchRequest.parse("法治", 0, 2, true));
		SearchResults second = this.index.search(SearchRequest.parse("法治", 1, 2, true));
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
			List<String> words = new java.util.ArrayList<>();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
			assertThat(words).contains("法治", "政府", "建设");
		}
	}

	private List<Long> ids(String query) throws Exception {
		return this.index.search(SearchRequest.parse(query, 0, 100, false))
			.hits()
			.stream()
			.map(SearchHit::reportId)
			.toList();
	}

	private static IndexedReport report(Long id, String title, String body, int year) {
		return new IndexedReport(id, id * 10, title, "某镇人民政府", "某省 › 某县 › 某镇", year,
				Instant.parse(year + 1 + "-03-01T02:00:00Z").plusSeconds(id),
				List.of(new IndexedReport.Part("MEASURES", "一、主要举措和成效", body)));
	}

}
