package org.fazhi.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.fazhi.agency.AgencyDirectory;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search benchmark: not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -Pbenchmark verify} (optionally {@code -Dbenchmark.reports=N}, default
 * 100,000). Writes a deterministic synthetic corpus into a fresh PostgreSQL database,
 * builds the index through the production loading path, checks that Lucene's hit set
 * equals SQL {@code LIKE}'s for every query, then measures query latency for Lucene and
 * for PostgreSQL {@code ILIKE} without an index and with a pg_trgm GIN index. Figures are
 * printed and written to {@code target/benchmark.md}.
 */
@PostgresIntegrationTest
class SearchBenchmark {

	private static final long SEED = 20261121L;

	/** Enough runs that p95 is not just the slowest one (the 39th of 41). */
	private static final int RUNS = 41;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	IndexSource loader;

	@Autowired
	AgencyDirectory directory;

	@Test
	void measure() throws Exception {
		int reports = Integer.getInteger("benchmark.reports", 100_000);
		StringBuilder out = new StringBuilder();
		Corpus corpus = new Corpus(new Random(SEED));
		long t0 = System.nanoTime();
		List<Long> countyIds = corpus.writeAgencies(this.jdbc, reports);
		corpus.writeReports(this.dataSource, reports, countyIds);
		this.directory.invalidate();
		double generate = seconds(t0);
		line(out, "Corpus: %,d reports, %,d characters of text, generated and written in %.1f s", reports,
				this.jdbc.queryForObject("select sum(length(body)) from report_section", Long.class), generate);

		// -Dbenchmark.index=DIR keeps the built index there, to profile queries against
		// it.
		String keep = System.getProperty("benchmark.index");
		Path root = (keep != null && !keep.isBlank()) ? Files.createDirectories(Path.of(keep))
				: Files.createTempDirectory("fazhi-bench");
		try (ReportIndex index = new ReportIndex(root, 10_000)) {
			long t1 = System.nanoTime();
			List<Long> ids = this.jdbc.queryForList("select id from report order by id", Long.class);
			SearchIndexer.indexAll(index, this.loader, ids, new AtomicInteger());
			index.commit(0, 0);
			line(out, "Full index build (load from PostgreSQL, analyze, commit): %.1f s", seconds(t1));

			this.jdbc.execute("create table bench_text as select r.id, e.title || chr(10) || string_agg(s.heading "
					+ "|| chr(10) || s.body, chr(10) order by s.position) as text, r.report_year, e.published_at "
					+ "from report r join report_edition e on e.report_id = r.id join report_section s on s.edition_id = e.id "
					+ "group by r.id, e.title, r.report_year, e.published_at");
			this.jdbc.execute("analyze bench_text");

			List<String[]> queries = corpus.queries(this.jdbc);
			line(out, "");
			line(out, "Verification: Lucene hit set equals SQL LIKE hit set for every query");
			for (String[] query : queries) {
				Set<Long> like = new HashSet<>(this.jdbc.queryForList("select id from bench_text where text like ?",
						Long.class, "%" + query[2] + "%"));
				Set<Long> lucene = new HashSet<>();
				SearchResults all = index.search(criteria(query[2], 0, 100, List.of()));
				assertThat(all.total()).as(query[2]).isEqualTo(like.size());
				assertThat(IdsByDate.of(index, criteria(query[2], 0, 20, List.of())).total()).as(query[2])
					.isEqualTo(like.size());
				int pages = (int) Math.min(all.pages(), 50);
				for (int page = 0; page < pages; page++) {
					index.search(criteria(query[2], page, 100, List.of()))
						.hits()
						.forEach((h) -> lucene.add(h.reportId()));
				}
				if (all.total() <= 5000) {
					assertThat(lucene).as(query[2]).isEqualTo(like);
				}
				line(out, "- `%s` (%s): %,d reports, equal", query[2], query[0] + "/" + query[1], like.size());
			}

			// Warm the JIT on the whole set first, so the first query measured is not the
			// one that pays for compilation.
			for (int warm = 0; warm < 5; warm++) {
				for (String[] query : queries) {
					search(index, criteria(query[2], 0, 20, List.of()));
					search(index, criteria(query[2], 0, 20, List.of(2023)));
					IdsByDate.of(index, criteria(query[2], 0, 20, List.of()));
				}
			}
			List<double[]> rows = new ArrayList<>();
			List<Double> fullPool = new ArrayList<>();
			List<Double> samePool = new ArrayList<>();
			List<Double> ilikePool = new ArrayList<>();
			List<Double> trgmPool = new ArrayList<>();
			for (String[] query : queries) {
				double[] full = latency(() -> search(index, criteria(query[2], 0, 20, List.of())), fullPool);
				double[] filtered = latency(() -> search(index, criteria(query[2], 0, 20, List.of(2023))), fullPool);
				double[] same = latency(() -> idsByDate(index, criteria(query[2], 0, 20, List.of())), samePool);
				double[] ilike = latency(() -> ilike(query[2]), 2, ilikePool);
				rows.add(new double[] { full[0], full[1], full[2], filtered[0], filtered[1], filtered[2], same[0],
						ilike[0] });
			}
			long t2 = System.nanoTime();
			this.jdbc.execute("create extension if not exists pg_trgm");
			this.jdbc.execute("create index bench_text_trgm on bench_text using gin (text gin_trgm_ops)");
			this.jdbc.execute("analyze bench_text");
			double trgmBuild = seconds(t2);
			line(out, "");
			line(out,
					"| query | kind | hits | Lucene full p50 / p95 / p99 ms | Lucene full, year selected p50 / p95 / p99 ms "
							+ "| Lucene count + first page by date p50 ms | ILIKE no index p50 ms | ILIKE pg_trgm p50 ms "
							+ "| pg_trgm ÷ Lucene, same work | pg_trgm ÷ Lucene full |");
			line(out, "|---|---|---|---|---|---|---|---|---|---|");
			List<Double> worstP95 = new ArrayList<>();
			List<Double> sameRatios = new ArrayList<>();
			List<Double> fullRatios = new ArrayList<>();
			for (int i = 0; i < queries.size(); i++) {
				String[] query = queries.get(i);
				double[] trgm = latency(() -> ilike(query[2]), 2, trgmPool);
				double[] r = rows.get(i);
				worstP95.add(Math.max(r[1], r[4]));
				sameRatios.add(trgm[0] / r[6]);
				fullRatios.add(trgm[0] / r[0]);
				line(out,
						"| `%s` | %s, %s | %,d | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %.2f | %.0f | %.1f | %.0f× | %.1f× |",
						query[2], query[0], query[1], Integer.parseInt(query[3]), r[0], r[1], r[2], r[3], r[4], r[5],
						r[6], r[7], trgm[0], trgm[0] / r[6], trgm[0] / r[0]);
			}
			worstP95.sort(null);
			sameRatios.sort(null);
			fullRatios.sort(null);
			line(out, "");
			// Measured at the end: right after the commit, merged-away segments still
			// count.
			line(out, "Index size on disk after the run: %,d MB", size(root) / (1024 * 1024));
			line(out, "pg_trgm GIN index build: %.1f s", trgmBuild);
			line(out, "Worst Lucene full-search p95 over the query set (with or without a year selected): %.1f ms",
					worstP95.get(worstP95.size() - 1));
			line(out,
					"Queries with pg_trgm ÷ Lucene ≥ 20 at p50: %d of %d for the same work, %d of %d for the full search",
					sameRatios.stream().filter((r) -> r >= 20).count(), sameRatios.size(),
					fullRatios.stream().filter((r) -> r >= 20).count(), fullRatios.size());
			line(out, "Median pg_trgm ÷ Lucene at p50: %.0f× for the same work, %.0f× for the full search",
					sameRatios.get(sameRatios.size() / 2), fullRatios.get(fullRatios.size() / 2));
			double[] fullSet = percentiles(fullPool);
			double[] sameSet = percentiles(samePool);
			double[] ilikeSet = percentiles(ilikePool);
			double[] trgmSet = percentiles(trgmPool);
			line(out, "");
			line(out, "Over the whole query set (every run of every query pooled):");
			line(out, "");
			line(out, "| | p50 ms | p95 ms | p99 ms |");
			line(out, "|---|---|---|---|");
			line(out, "| Lucene full search (with and without a year selected) | %.1f | %.1f | %.1f |", fullSet[0],
					fullSet[1], fullSet[2]);
			line(out, "| Lucene count + first page by date | %.2f | %.2f | %.2f |", sameSet[0], sameSet[1], sameSet[2]);
			line(out, "| ILIKE, no index | %.0f | %.0f | %.0f |", ilikeSet[0], ilikeSet[1], ilikeSet[2]);
			line(out, "| ILIKE, pg_trgm GIN index | %.1f | %.1f | %.1f |", trgmSet[0], trgmSet[1], trgmSet[2]);
			line(out, "");
			line(out, "pg_trgm ÷ Lucene at the query set's p50: %.0f× for the same work, %.0f× for the full search",
					trgmSet[0] / sameSet[0], trgmSet[0] / fullSet[0]);
		}
		finally {
			if (keep == null || keep.isBlank()) {
				FileSystemUtils.deleteRecursively(root);
			}
		}
		System.out.println(out);
		Files.writeString(Path.of("target", "benchmark.md"), out);
	}

	private static void search(ReportIndex index, SearchCriteria criteria) {
		try {
			index.search(criteria);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void idsByDate(ReportIndex index, SearchCriteria criteria) {
		try {
			IdsByDate.of(index, criteria);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void ilike(String q) {
		this.jdbc.queryForObject("select count(*) from bench_text where text ilike ?", Long.class, "%" + q + "%");
		this.jdbc.queryForList("select id from bench_text where text ilike ? order by published_at desc limit 20",
				Long.class, "%" + q + "%");
	}

	private static double[] latency(Runnable action, List<Double> pool) {
		return latency(action, RUNS, pool);
	}

	/**
	 * p50, p95 and p99 of one query's runs in milliseconds; each run is also added to
	 * {@code pool}, the distribution over the whole query set.
	 */
	private static double[] latency(Runnable action, int runs, List<Double> pool) {
		action.run();
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			action.run();
			times[i] = (System.nanoTime() - start) / 1e6;
			pool.add(times[i]);
		}
		Arrays.sort(times);
		return new double[] { percentile(times, 0.5), percentile(times, 0.95), percentile(times, 0.99) };
	}

	private static double[] percentiles(List<Double> pool) {
		double[] sorted = pool.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return new double[] { percentile(sorted, 0.5), percentile(sorted, 0.95), percentile(sorted, 0.99) };
	}

	private static double percentile(double[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	private static SearchCriteria criteria(String q, int page, int size, List<Integer> years) {
		return new SearchCriteria(SearchQuery.parse(q), q, null, null, years, null, null, List.of(), null, null, null,
				false, page, size, null);
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static long size(Path root) throws IOException {
		try (var files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).mapToLong((p) -> p.toFile().length()).sum();
		}
	}

	private static void line(StringBuilder out, String format, Object... args) {
		out.append(String.format(Locale.ROOT, format, args)).append('\n');
	}

	/**
	 * A deterministic synthetic corpus: a realistic agency tree, report years 2019-2025,
	 * the five parts with their usual headings, and text drawn from a vocabulary of the
	 * words these reports use, with a Zipf-like frequency spread (a few words everywhere,
	 * most rare).
	 */
	static final class Corpus {

		private static final String[] COMMON = ("法治,政府,建设,推进,加强,完善,落实,工作,依法,行政,制度,执法,监督,"
				+ "决策,法律,顾问,调解,矛盾,纠纷,普法,宣传,营商,环境,服务,群众,乡镇,街道,村民,社区,干部,培训,学习,"
				+ "考核,责任,领导,组织,会议,专题,规范,文件,审查,备案,公开,信息,平台,数字,应急,安全,生产,隐患,整改,"
				+ "复议,诉讼,应诉,信访,综治,中心,网格,人民,委员会,示范,创建,机制,体系,能力,水平,成效,问题,不足,原因,"
				+ "安排,计划,目标,任务,措施,开展,组织开展,进一步,全面,深入,扎实,持续,有效,明显,主要,重点,年度")
			.split(",");

		private static final String CHARS = "法治政府建设推进加强完善落实工作依法行政制度执法监督决策律顾问调解矛盾纠纷普宣传营商环境服务群众"
				+ "乡镇街道村民社区干部培训学习考核责任领导组织会议专题规范文件审查备案公开信息平台数字应急安全生产隐患整改复议"
				+ "诉讼应信访综网格人委员会示范创机体系能水成效问题不足原因安排计划目标任务措施开展进一步全面深入扎实持续有明显" + "主要重点年度春夏秋冬东西南北山河湖海田林草花龙凤麟鹤松柏梅兰竹菊";

		private static final String[] HEADINGS = { "一、主要举措和成效", "二、存在的不足和原因", "三、党政主要负责人履行推进法治建设第一责任人职责情况",
				"四、下一年度主要安排", "五、其他需要报告的情况" };

		private static final String[] KINDS = { "MEASURES", "PROBLEMS", "RESPONSIBLE_PERSON", "NEXT_YEAR_PLANS",
				"OTHER" };

		private final Random random;

		private final List<String> vocabulary = new ArrayList<>();

		Corpus(Random random) {
			this.random = random;
			this.vocabulary.addAll(List.of(COMMON));
			// A long tail of rarer two-to-four character words.
			for (int i = 0; i < 6000; i++) {
				int length = 2 + random.nextInt(3);
				StringBuilder word = new StringBuilder();
				for (int c = 0; c < length; c++) {
					word.append(CHARS.charAt(random.nextInt(CHARS.length())));
				}
				this.vocabulary.add(word.toString());
			}
		}

		String word() {
			// Zipf-like: the rank is drawn from a power law over the vocabulary.
			double u = this.random.nextDouble();
			int rank = (int) Math.min(this.vocabulary.size() - 1, Math.floor(Math.pow(this.vocabulary.size(), u)) - 1);
			return this.vocabulary.get(Math.max(0, rank));
		}

		String paragraph(int sentences) {
			StringBuilder text = new StringBuilder();
			for (int s = 0; s < sentences; s++) {
				int words = 6 + this.random.nextInt(14);
				for (int w = 0; w < words; w++) {
					text.append(word());
					if (w == words / 2) {
						text.append(this.random.nextInt(10) == 0 ? this.random.nextInt(1000) + "件" : "，");
					}
				}
				text.append("。");
			}
			return text.toString();
		}

		List<Long> writeAgencies(JdbcTemplate jdbc, int reports) {
			int counties = Math.max(1, reports / 7 / 5 + 1);
			List<Object[]> rows = new ArrayList<>();
			List<Long> countyIds = new ArrayList<>();
			long id = 1_000_000;
			int serial = 0;
			for (int p = 0; p < 31 && countyIds.size() < counties; p++) {
				long province = id++;
				rows.add(new Object[] { province, code(serial++), "省" + p + "人民政府", "省" + p, "PROVINCE", null });
				for (int c = 0; c < 10 && countyIds.size() < counties; c++) {
					long city = id++;
					rows.add(new Object[] { city, code(serial++), "市" + p + "-" + c, "市" + c, "CITY", province });
					for (int k = 0; k < 10 && countyIds.size() < counties; k++) {
						long county = id++;
						rows.add(new Object[] { county, code(serial++), "县" + p + "-" + c + "-" + k, "县" + k, "COUNTY",
								city });
						countyIds.add(county);
					}
				}
			}
			List<Long> townships = new ArrayList<>();
			for (Long county : countyIds) {
				for (int t = 0; t < 5; t++) {
					long township = id++;
					rows.add(new Object[] { township, code(serial++), "镇" + township + "人民政府", "镇" + township,
							"TOWNSHIP", county });
					townships.add(township);
				}
			}
			jdbc.batchUpdate(
					"insert into agency (id, unified_code, full_name, short_name, level, parent_id) values (?, ?, ?, ?, ?, ?)",
					rows);
			return townships;
		}

		void writeReports(DataSource dataSource, int reports, List<Long> townships) throws Exception {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				StringBuilder reportRows = new StringBuilder();
				StringBuilder editionRows = new StringBuilder();
				StringBuilder sectionRows = new StringBuilder();
				var copy = connection.unwrap(PGConnection.class).getCopyAPI();
				for (int i = 0; i < reports; i++) {
					long id = 1_000_000L + i;
					long township = townships.get(i / 7 % townships.size());
					int year = 2019 + (i % 7);
					Instant published = Instant.parse((year + 1) + "-03-15T02:00:00Z").plusSeconds(i);
					Timestamp ts = Timestamp.from(published);
					reportRows.append(id)
						.append('\t')
						.append(township)
						.append('\t')
						.append(year)
						.append('\t')
						.append("BENCH")
						.append(i)
						.append("\t")
						.append(ts)
						.append('\t')
						.append(ts)
						.append("\tbench\n");
					editionRows.append(id)
						.append('\t')
						.append(id)
						.append("\t1\tPUBLISHED\t\\N\t")
						.append("镇")
						.append(township)
						.append("关于")
						.append(year)
						.append("年度法治政府建设情况的报告\t")
						.append(ts)
						.append("\tbench\t")
						.append(ts)
						.append("\tbench\t")
						.append(ts)
						.append("\tbench\t0\n");
					for (int k = 0; k < 5; k++) {
						StringBuilder body = new StringBuilder();
						int paragraphs = (k == 4) ? 1 : 2 + this.random.nextInt(4);
						for (int p = 0; p < paragraphs; p++) {
							if (p > 0) {
								body.append("\\n");
							}
							body.append(paragraph(2 + this.random.nextInt(4)));
						}
						sectionRows.append(id * 10 + k)
							.append('\t')
							.append(id)
							.append('\t')
							.append(KINDS[k])
							.append('\t')
							.append(k)
							.append('\t')
							.append(HEADINGS[k])
							.append('\t')
							.append(body)
							.append('\t')
							.append(ts)
							.append("\tbench\n");
					}
					if (i % 2000 == 1999 || i == reports - 1) {
						copy.copyIn(
								"copy report (id, agency_id, report_year, index_number, first_published_at, created_at, created_by) from stdin",
								new StringReader(reportRows.toString()));
						copy.copyIn(
								"copy report_edition (id, report_id, edition_number, state, open_flag, title, published_at, published_by, created_at, created_by, updated_at, updated_by, version) from stdin",
								new StringReader(editionRows.toString()));
						copy.copyIn(
								"copy report_section (id, edition_id, kind, position, heading, body, updated_at, updated_by) from stdin",
								new StringReader(sectionRows.toString()));
						reportRows.setLength(0);
						editionRows.setLength(0);
						sectionRows.setLength(0);
					}
				}
				connection.commit();
			}
		}

		/**
		 * Queries stratified by length (1, 2, 3-4, 5+ characters) and by how many reports
		 * contain them (rare, medium, near-ubiquitous), picked from the corpus itself:
		 * each row is kind, length class, query, hit count.
		 */
		List<String[]> queries(JdbcTemplate jdbc) {
			String[][] candidates = { { "1", "法" }, { "1", "麟" }, { "1", "鹤" }, { "2", "法治" }, { "2", "调解" },
					{ "2", "龙凤" }, { "3-4", "依法行政" }, { "3-4", "矛盾纠纷" }, { "3-4", "安全生产" }, { "3-4", "松柏梅" },
					{ "5+", "法治政府建设" }, { "5+", "进一步加强" }, { "5+", "人民调解委员会" }, { "5+", "扎实推进依法行政工作" } };
			long total = jdbc.queryForObject("select count(*) from bench_text", Long.class);
			List<String[]> queries = new ArrayList<>();
			for (String[] c : candidates) {
				long hits = jdbc.queryForObject("select count(*) from bench_text where text like ?", Long.class,
						"%" + c[1] + "%");
				String kind = (hits > total * 0.5) ? "ubiquitous" : (hits > total * 0.01) ? "medium" : "rare";
				queries.add(new String[] { kind, c[0], c[1], Long.toString(hits) });
			}
			return queries;
		}

		private static String code(int serial) {
			return String.format(Locale.ROOT, "9%017d", serial);
		}

	}

}
