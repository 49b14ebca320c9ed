package org.fazhi.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads every real disclosure page kept under {@code import/corpus} (township reports as
 * their governments published them, each with its address and an expected result written
 * by hand) and scores the parser field by field. Every field right on every page is the
 * standard: one wrong field fails the build, and the score table printed says which.
 */
class RealPagesCorpusTests {

	private static final String CORPUS = "classpath:import/corpus/";

	/**
	 * Metadata fields every page is scored on, whether its expectation names them or not.
	 */
	private static final Map<String, Function<DisclosureMetadata, Object>> META = metaFields();

	private static List<Fixture> fixtures;

	@BeforeAll
	static void readCorpus() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		fixtures = new ArrayList<>();
		Resource[] pages = resolver.getResources(CORPUS + "*.txt");
		Arrays.sort(pages, Comparator.comparing(Resource::getFilename));
		for (Resource page : pages) {
			String name = page.getFilename().replace(".txt", "");
			Resource expected = resolver.getResource(CORPUS + name + ".expected");
			fixtures.add(new Fixture(name, page.getContentAsByteArray(),
					Expectation.parse(expected.getContentAsString(StandardCharsets.UTF_8))));
		}
	}

	@Test
	void theCorpusIsVaried() {
		assertThat(fixtures).hasSizeGreaterThanOrEqualTo(40);
		assertThat(fixtures).allSatisfy((fixture) -> assertThat(fixture.expected().get("source")).startsWith("http"));
		long provinces = fixtures.stream()
			.map((fixture) -> fixture.expected().get("province"))
			.filter((province) -> province != null && !province.startsWith("未详"))
			.distinct()
			.count();
		assertThat(provinces).isGreaterThanOrEqualTo(15);
		// Front matter in many layouts: bracketed, listed, tabled, spaced and one to a
		// line.
		assertThat(fixtures.stream().filter((fixture) -> fixture.expected().has("meta.索引号")).count())
			.isGreaterThanOrEqualTo(7);
	}

	@Test
	void everyFieldOfEveryPageIsReadRight() {
		ReportParser parser = new ReportParser();
		DocumentReader reader = new DocumentReader();
		Map<String, int[]> score = new TreeMap<>();
		List<String> wrong = new ArrayList<>();
		for (Fixture fixture : fixtures) {
			ParsedReport parsed = parser.parse(reader.read(fixture.name() + ".txt", fixture.bytes()));
			Map<String, Object> actual = actual(parsed);
			for (Map.Entry<String, Object> field : actual.entrySet()) {
				if (field.getKey().equals("preamble-starts") && !fixture.expected().has("preamble-starts")) {
					continue;
				}
				Object want = fixture.expected().value(field.getKey());
				Object got = field.getValue();
				if (field.getKey().equals("preamble-starts")) {
					got = (got != null && ((String) got).startsWith((String) want)) ? want : got;
				}
				boolean right = Objects.equals(want, got);
				int[] tally = score.computeIfAbsent(field.getKey(), (key) -> new int[2]);
				tally[0] += right ? 1 : 0;
				tally[1]++;
				if (!right) {
					wrong.add(
							fixture.name() + " " + field.getKey() + ": expected <" + want + "> but read <" + got + ">");
				}
			}
		}
		StringBuilder table = new StringBuilder("Real pages corpus: field, right/total\n");
		score.forEach((field, tally) -> table.append(String.format("  %-16s %3d/%d%n", field, tally[0], tally[1])));
		System.out.print(table);
		assertThat(wrong).as(table.toString()).isEmpty();
	}

	private static Map<String, Object> actual(ParsedReport parsed) {
		Map<String, Object> actual = new LinkedHashMap<>();
		actual.put("title", parsed.title());
		actual.put("agency", parsed.agencyName());
		actual.put("year", (parsed.year() != null) ? parsed.year().toString() : null);
		actual.put("addressee", parsed.addressee());
		actual.put("preamble-starts", parsed.preamble());
		META.forEach((field, getter) -> {
			Object value = getter.apply(parsed.metadata());
			actual.put(field, (value != null) ? value.toString() : null);
		});
		actual.put("other", new TreeMap<>(parsed.metadata().others()));
		actual.put("parts", parsed.parts().stream().map((part) -> part.kind() + " | " + part.heading()).toList());
		return actual;
	}

	private static Map<String, Function<DisclosureMetadata, Object>> metaFields() {
		Map<String, Function<DisclosureMetadata, Object>> fields = new LinkedHashMap<>();
		fields.put("meta.索引号", DisclosureMetadata::indexNumber);
		fields.put("meta.发布机构", DisclosureMetadata::publisher);
		fields.put("meta.成文日期", DisclosureMetadata::dateWritten);
		fields.put("meta.发布日期", DisclosureMetadata::publishedOn);
		fields.put("meta.文号", DisclosureMetadata::documentNumber);
		fields.put("meta.主题分类", DisclosureMetadata::topicCategory);
		fields.put("meta.体裁分类", DisclosureMetadata::genre);
		fields.put("meta.主题词", DisclosureMetadata::keywords);
		return fields;
	}

	private record Fixture(String name, byte[] bytes, Expectation expected) {
	}

	/**
	 * An expected result as written by hand: {@code key: value} lines,
	 * {@code other.<label>} for each label kept apart, {@code part: KIND | heading} for
	 * each part in order. A key left out expects nothing to be read.
	 */
	private record Expectation(Map<String, String> values, Map<String, String> others, List<String> parts) {

		static Expectation parse(String text) {
			Map<String, String> values = new LinkedHashMap<>();
			Map<String, String> others = new TreeMap<>();
			List<String> parts = new ArrayList<>();
			for (String line : text.lines().toList()) {
				int colon = line.indexOf(": ");
				if (line.isBlank() || colon < 0) {
					continue;
				}
				String key = line.substring(0, colon);
				String value = line.substring(colon + 2).strip();
				if (key.equals("part")) {
					parts.add(value);
				}
				else if (key.startsWith("other.")) {
					others.put(key.substring("other.".length()), value);
				}
				else {
					values.put(key, value);
				}
			}
			return new Expectation(values, others, parts);
		}

		boolean has(String key) {
			return this.values.containsKey(key);
		}

		String get(String key) {
			return this.values.get(key);
		}

		Object value(String key) {
			return switch (key) {
				case "other" -> this.others;
				case "parts" -> this.parts;
				default -> {
					String value = this.values.get(key);
					// Dates are written in ISO form, as LocalDate prints them.
					yield (value != null && key.endsWith("日期")) ? LocalDate.parse(value).toString() : value;
				}
			};
		}

	}

}
