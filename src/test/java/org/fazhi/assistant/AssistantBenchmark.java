package org.fazhi.assistant;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.fazhi.demo.ReportWriter;
import org.fazhi.demo.WrittenReport;
import org.fazhi.report.SectionKind;
import org.junit.jupiter.api.Test;

/**
 * The review assistant measured: precision and recall of each check on a labelled set,
 * and the time to check a 40,000-character report against a county's published reports.
 * Printed for BENCHMARKS.md: {@code ./mvnw -Pbenchmark verify -Dtest=AssistantBenchmark}.
 *
 * <p>
 * The labelled set: 300 realistic reports ({@link ReportWriter}, 5,000 to 40,000
 * characters) with one to four slips each put in at random places (identity numbers with
 * valid check digits, phone numbers, bank cards, plates, named persons, secrecy markings,
 * misspelt formulations, paragraphs copied from last year with the figures changed or
 * from another township with the name changed), each slip labelled with its code; plus
 * the 41 real published reports of the import corpus and the 300 reports before their
 * slips, where every finding of those codes is a false alarm. Promises are labelled by
 * the writer itself: which of last year's plan items this year's report gives an account
 * of.
 */
class AssistantBenchmark {

	private static final int REPORTS = 300;

	private final FormulationCheck formulations = FormulationCheck.starting();

	private final ReviewAssistant assistant = new ReviewAssistant(() -> this.formulations, null, null, null);

	private final ReportWriter writer = new ReportWriter();

	@Test
	void precisionAndRecall() throws IOException {
		Map<String, int[]> tally = new TreeMap<>();
		Random random = new Random(2026);
		List<CheckedReport> corpus = ChecksTests.corpus(List.of("import/corpus/*.txt"));
		for (CheckedReport real : corpus) {
			count(tally, Map.of(), this.assistant.assess(real, null, List.of(), ""));
		}
		for (int i = 0; i < corpus.size(); i++) {
			CheckedReport lastYear = corpus.get((i + 1) % corpus.size());
			CheckedReport other = corpus.get((i + 2) % corpus.size());
			List<CopyCheck.Index> indexes = List.of(
					new CopyCheck.Index(List.of(new CopyCheck.Source("去年", 1L, 1L, true, lastYear))),
					new CopyCheck.Index(List.of(new CopyCheck.Source("他镇", 2L, 2L, false, other))));
			Map<String, Integer> expected = new HashMap<>();
			CheckedReport copying = copy(corpus.get(i), lastYear, other, random, expected);
			count(tally, expected,
					this.assistant.assess(copying, 3L, indexes, "")
						.findings()
						.stream()
						.filter((f) -> f.code().startsWith("copied"))
						.toList());
		}
		for (int i = 0; i < REPORTS; i++) {
			String town = TOWNS[i % TOWNS.length];
			ReportWriter.Options options = ReportWriter.Options
				.typical(town, "民权县" + town + "人民政府", "民权县", 2024, 5000 + i)
				.withLength(5000 + (i * 7919) % 35000)
				.withPromises(0.6, 0);
			WrittenReport lastYear = this.writer.write(options.withYear(2023, 9000 + i), null);
			WrittenReport thisYear = this.writer.write(options, lastYear);
			WrittenReport other = this.writer
				.write(ReportWriter.Options.typical("双塔镇", "民权县双塔镇人民政府", "民权县", 2024, 70000 + i), null);
			CheckedReport clean = ChecksTests.checked(thisYear);
			List<CopyCheck.Index> indexes = List.of(
					new CopyCheck.Index(
							List.of(new CopyCheck.Source("去年", 1L, 1L, true, ChecksTests.checked(lastYear)))),
					new CopyCheck.Index(
							List.of(new CopyCheck.Source("双塔镇", 2L, 2L, false, ChecksTests.checked(other)))));
			String lastPlans = ChecksTests.checked(lastYear).body(SectionKind.NEXT_YEAR_PLANS);

			// The report as written: slips of the inserted kinds would be false alarms.
			Assessment before = this.assistant.assess(clean, 3L, indexes, lastPlans);
			count(tally, Map.of(),
					before.findings()
						.stream()
						.filter((f) -> !f.code().startsWith("copied") && !f.code().equals("promiseNotReported"))
						.toList());
			countPromises(tally, thisYear, lastYear, before);

			Map<String, Integer> expected = new HashMap<>();
			CheckedReport slipped = slip(clean, random, expected, lastYear, other);
			count(tally, expected,
					this.assistant.assess(slipped, 3L, indexes, lastPlans)
						.findings()
						.stream()
						.filter((f) -> !f.code().equals("promiseNotReported") && !f.code().startsWith("copied"))
						.toList());
		}
		System.out.println("assistant-quality code tp fp fn precision recall");
		tally.forEach(
				(code, t) -> System.out.printf("assistant-quality %s tp=%d fp=%d fn=%d precision=%.3f recall=%.3f%n",
						code, t[0], t[1], t[2], t[0] + t[1] == 0 ? 1.0 : t[0] / (double) (t[0] + t[1]),
						t[0] + t[2] == 0 ? 1.0 : t[0] / (double) (t[0] + t[2])));
	}

	@Test
	void timeToCheckALongReportAgainstACounty() {
		List<CopyCheck.Source> county = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String town = TOWNS[i % TOWNS.length] + i;
			county.add(new CopyCheck.Source(town, (long) i, (long) i, false,
					ChecksTests.checked(this.writer.write(
							ReportWriter.Options.typical(town, town + "人民政府", "民权县", 2024, 300 + i).withLength(12000),
							null))));
		}
		long indexStart = System.nanoTime();
		CopyCheck.Index countyIndex = new CopyCheck.Index(county);
		double indexMillis = (System.nanoTime() - indexStart) / 1e6;
		WrittenReport lastYear = this.writer.write(options(1).withYear(2023, 1).withLength(40000), null);
		WrittenReport report = this.writer.write(options(2).withLength(55000).withPromises(0.7, 0.1), lastYear);
		CheckedReport checked = ChecksTests.checked(report);
		int characters = ContentsCheck
			.substance(String.join("", checked.parts().values().stream().map(CheckedReport.Part::body).toList()));
		String lastPlans = ChecksTests.checked(lastYear).body(SectionKind.NEXT_YEAR_PLANS);
		long ownStart = System.nanoTime();
		CopyCheck.Index ownIndex = new CopyCheck.Index(
				List.of(new CopyCheck.Source("去年", 1L, 99L, true, ChecksTests.checked(lastYear))));
		double ownMillis = (System.nanoTime() - ownStart) / 1e6;
		// The application keeps both indexes while their public editions stand (a public
		// edition's text never changes), so a save costs the checks alone.
		List<CopyCheck.Index> indexes = List.of(countyIndex, ownIndex);
		long[] nanos = new long[200];
		for (int run = -50; run < nanos.length; run++) {
			long start = System.nanoTime();
			Assessment assessment = this.assistant.assess(checked, 99L, indexes, lastPlans);
			if (run >= 0) {
				nanos[run] = System.nanoTime() - start;
			}
			if (assessment.score() < 0) {
				throw new IllegalStateException();
			}
		}
		Arrays.sort(nanos);
		System.out.printf(
				"assistant-latency characters=%d county_reports=30 county_index_ms=%.1f last_year_index_ms=%.1f median_ms=%.1f p95_ms=%.1f max_ms=%.1f%n",
				characters, indexMillis, ownMillis, nanos[100] / 1e6, nanos[190] / 1e6, nanos[199] / 1e6);
	}

	private static final String[] TOWNS = { "程庄镇", "人和镇", "北关镇", "老颜集乡", "野岗镇", "孙六镇", "白云寺镇", "王桥镇" };

	private static ReportWriter.Options options(long seed) {
		return ReportWriter.Options.typical("程庄镇", "民权县程庄镇人民政府", "民权县", 2024, seed);
	}

	/**
	 * Puts one to four slips into the report, each counted under its code in
	 * {@code expected}.
	 */
	private static CheckedReport slip(CheckedReport report, Random random, Map<String, Integer> expected,
			WrittenReport lastYear, WrittenReport other) {
		Map<SectionKind, CheckedReport.Part> parts = new EnumMap<>(report.parts());
		int slips = 1 + random.nextInt(4);
		for (int i = 0; i < slips; i++) {
			int kind = random.nextInt(9);
			String code;
			String text;
			switch (kind) {
				case 0 -> {
					code = "personalId";
					text = "经核实，当事人身份证号" + identity(random) + "，已依法处理。";
				}
				case 1 -> {
					code = "phoneNumber";
					text = "群众可拨打联系人手机1" + (3 + random.nextInt(7))
							+ String.format("%09d", random.nextInt(1_000_000_000)) + "咨询。";
				}
				case 2 -> {
					code = "bankCard";
					text = "补偿款已打入其账户" + card(random) + "。";
				}
				case 3 -> {
					code = "plate";
					text = "依法扣押违法车辆豫N" + (char) ('A' + random.nextInt(8))
							+ String.format("%04d", random.nextInt(10000)) + "一辆。";
				}
				case 4 -> {
					code = "personName";
					text = "举报人" + "王李张刘陈杨".charAt(random.nextInt(6)) + "建国反映的问题已办结。";
				}
				case 5 -> {
					code = "secrecyMarker";
					text = List.of("秘密★1年", "本材料为内部资料，注意保存。", "此件不宜公开。").get(random.nextInt(3));
				}
				default -> {
					code = "formulation";
					text = List.of("深入学习贯彻习近平法治理论。", "认真学习党的二十大三中全会精神。", "落实习总书记重要指示。", "完善中国特色社会主义法制体系。")
						.get(random.nextInt(4));
				}
			}
			expected.merge(code, 1, Integer::sum);
			SectionKind part = List.of(SectionKind.MEASURES, SectionKind.PROBLEMS, SectionKind.RESPONSIBLE_PERSON)
				.get(random.nextInt(3));
			CheckedReport.Part old = parts.get(part);
			List<String> lines = new ArrayList<>(List.of(old.body().split("\n")));
			lines.add(random.nextInt(lines.size() + 1), text);
			parts.put(part, new CheckedReport.Part(old.heading(), String.join("\n", lines)));
		}
		return new CheckedReport(report.title(), parts);
	}

	/**
	 * The report with a paragraph of last year's (figures changed) and one of another
	 * township's (its name changed) put into its measures, where each has one long
	 * enough.
	 */
	private static CheckedReport copy(CheckedReport report, CheckedReport lastYear, CheckedReport other, Random random,
			Map<String, Integer> expected) {
		List<String> lines = new ArrayList<>(List.of(report.body(SectionKind.MEASURES).split("\n")));
		longest(lastYear).ifPresent((paragraph) -> {
			lines.add(random.nextInt(lines.size() + 1), paragraph.replaceAll("\\d+", "7"));
			expected.merge("copiedFromLastYear", 1, Integer::sum);
		});
		longest(other).filter((paragraph) -> ContentsCheck.substance(paragraph) >= CopyCheck.SHORTEST_FROM_OTHER)
			.ifPresent((paragraph) -> {
				lines.add(random.nextInt(lines.size() + 1), paragraph.replaceFirst("[\\p{IsHan}]{2}(镇|乡|街道)", "本镇"));
				expected.merge("copiedFromOther", 1, Integer::sum);
			});
		Map<SectionKind, CheckedReport.Part> parts = new EnumMap<>(report.parts());
		CheckedReport.Part measures = parts.getOrDefault(SectionKind.MEASURES, new CheckedReport.Part("一、主要举措", ""));
		parts.put(SectionKind.MEASURES, new CheckedReport.Part(measures.heading(), String.join("\n", lines)));
		return new CheckedReport(report.title(), parts);
	}

	private static Optional<String> longest(CheckedReport report) {
		return report.parts()
			.values()
			.stream()
			.flatMap((part) -> part.body().lines())
			.filter((line) -> ContentsCheck.substance(line) >= CopyCheck.SHORTEST)
			.max(Comparator.comparingInt(String::length));
	}

	private static String identity(Random random) {
		String seventeen = "4114" + String.format("%02d", 1 + random.nextInt(30)) + (1950 + random.nextInt(50))
				+ String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
				+ String.format("%03d", random.nextInt(1000));
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (seventeen.charAt(i) - '0') * weights[i];
		}
		return seventeen + "10X98765432".charAt(sum % 11);
	}

	private static String card(Random random) {
		StringBuilder digits = new StringBuilder("622202");
		while (digits.length() < 18) {
			digits.append(random.nextInt(10));
		}
		for (int check = 0; check < 10; check++) {
			if (SecrecyCheck.luhn(digits.toString() + check)) {
				return digits.toString() + check;
			}
		}
		throw new IllegalStateException();
	}

	/**
	 * True positives, false positives and misses per code: a finding of a code counts as
	 * found up to the number expected, and as a false alarm beyond it.
	 */
	private static void count(Map<String, int[]> tally, Map<String, Integer> expected, List<Finding> findings) {
		Map<String, Integer> found = new HashMap<>();
		findings.forEach((f) -> found.merge(f.code(), 1, Integer::sum));
		for (String code : union(expected, found)) {
			int want = expected.getOrDefault(code, 0);
			int got = found.getOrDefault(code, 0);
			int[] t = tally.computeIfAbsent(code, (c) -> new int[3]);
			t[0] += Math.min(want, got);
			t[1] += Math.max(0, got - want);
			t[2] += Math.max(0, want - got);
		}
	}

	private static void count(Map<String, int[]> tally, Map<String, Integer> expected, Assessment assessment) {
		count(tally, expected,
				assessment.findings()
					.stream()
					.filter((f) -> SecrecyCheck.CODES.contains(f.code()) || f.code().equals("formulation")
							|| f.code().startsWith("copied"))
					.toList());
	}

	private static Set<String> union(Map<String, Integer> a, Map<String, Integer> b) {
		Set<String> codes = new TreeSet<>(a.keySet());
		codes.addAll(b.keySet());
		return codes;
	}

	/**
	 * Each of last year's promises: reported as not kept when the writer did not keep it
	 * (a true finding), or when it did (a false alarm).
	 */
	private static void countPromises(Map<String, int[]> tally, WrittenReport thisYear, WrittenReport lastYear,
			Assessment assessment) {
		int[] t = tally.computeIfAbsent("promiseNotReported", (c) -> new int[3]);
		List<Assessment.Promise> promises = assessment.promises();
		for (int i = 0; i < promises.size() && i < lastYear.promises().size(); i++) {
			boolean dropped = !thisYear.kept().contains(lastYear.promises().get(i));
			boolean reported = !promises.get(i).kept();
			if (dropped && reported) {
				t[0]++;
			}
			else if (reported) {
				t[1]++;
			}
			else if (dropped) {
				t[2]++;
			}
		}
	}

}
