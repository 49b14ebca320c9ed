package org.fazhi.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.assistant.ListItems;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.SectionKind;
import org.fazhi.topic.Topic;
import org.fazhi.topic.TopicSuggester;
import org.springframework.stereotype.Component;

/**
 * The problems a region's public reports name (存在的不足和原因), counted over the years: by the
 * topic each listed problem is about, and by the problems worded the same way in several
 * reports (a listed problem's opening clause, 执法队伍专业化水平有待提高). Each count is of reports,
 * not mentions, and leads to the paragraphs behind it.
 */
@Component
class ProblemStatistics {

	/** Recurring wordings shown: the most frequent. */
	static final int TOP_PHRASES = 12;

	/** A wording in fewer reports than this does not recur. */
	static final int RECURS_IN = 2;

	/** Shortest and longest opening clause taken as a wording (characters). */
	static final int SHORTEST_PHRASE = 6;

	static final int LONGEST_PHRASE = 40;

	/** Paragraphs listed behind one figure at most. */
	static final int MAX_EXAMPLES = 200;

	/** Where a listed problem's opening clause ends. */
	private static final Pattern CLAUSE_END = Pattern.compile("[，。；;：:,！？]");

	private final TopicSuggester topics;

	ProblemStatistics(TopicSuggester topics) {
		this.topics = topics;
	}

	/**
	 * One line of a table: a topic or a wording, and in how many reports of each year it
	 * appears.
	 *
	 * @param label what is counted
	 * @param key the drill-down's parameter value (a topic id, or the wording itself)
	 * @param counts reports per year, in the order of {@link Problems#years()}
	 * @param total reports over all years
	 */
	record Row(String label, String key, List<Integer> counts, int total) {

		/** The chart's bar width, the largest row taking the full width. */
		public long width(int largest) {
			return (largest == 0) ? 0 : Math.round(YearStatistics.BAR_WIDTH * this.total / (double) largest);
		}

	}

	/**
	 * @param years the years counted, oldest first
	 * @param byTopic topics, most reported first
	 * @param phrases recurring wordings, most reported first
	 * @param reports reports read
	 */
	record Problems(List<Integer> years, List<Row> byTopic, List<Row> phrases, int reports) {

		public int largestTopic() {
			return this.byTopic.stream().mapToInt(Row::total).max().orElse(0);
		}

	}

	/**
	 * One listed problem behind a figure.
	 *
	 * @param township the township's full name
	 * @param year report year
	 * @param reportId the public report
	 * @param paragraph its paragraph in the problems part, from 1
	 * @param text the listed problem
	 */
	record Example(String township, int year, Long reportId, int paragraph, String text) {

		public String anchor() {
			return "p-" + SectionKind.PROBLEMS.slug() + "-" + this.paragraph;
		}

	}

	/** A listed problem, read. */
	private record Read(ReportEdition edition, ListItems.Item item, Optional<Topic> topic, String phrase) {
	}

	Problems of(List<ReportEdition> published, List<Integer> years) {
		List<Read> read = read(published, years);
		Map<String, Row> byTopic = count(read, years, (r) -> r.topic().map((t) -> t.getId().toString()).orElse(null),
				(r) -> r.topic().map(Topic::getName).orElse(null));
		Map<String, Row> byPhrase = count(read, years, Read::phrase, Read::phrase);
		Comparator<Row> mostFirst = Comparator.comparingInt(Row::total).reversed().thenComparing(Row::label);
		List<Row> topicRows = byTopic.values().stream().sorted(mostFirst).toList();
		List<Row> phraseRows = byPhrase.values()
			.stream()
			.filter((row) -> row.total() >= RECURS_IN)
			.sorted(mostFirst)
			.limit(TOP_PHRASES)
			.toList();
		long reports = published.stream().filter((e) -> years.contains(e.getReport().getYear())).count();
		return new Problems(years, topicRows, phraseRows, (int) reports);
	}

	/**
	 * The listed problems behind a figure: about a topic, or worded so; of one year or
	 * all.
	 */
	List<Example> examples(List<ReportEdition> published, List<Integer> years, Long topicId, String phrase,
			Integer year) {
		List<Example> examples = new ArrayList<>();
		for (Read r : read(published, years)) {
			boolean matches = (topicId != null) ? r.topic().map((t) -> t.getId().equals(topicId)).orElse(false)
					: r.phrase() != null && r.phrase().equals(phrase);
			int reportYear = r.edition().getReport().getYear();
			if (matches && (year == null || year == reportYear) && examples.size() < MAX_EXAMPLES) {
				examples.add(new Example(r.edition().getReport().getAgency().getFullName(), reportYear,
						r.edition().getReport().getId(), r.item().paragraph(), r.item().text()));
			}
		}
		examples.sort(Comparator.comparingInt(Example::year).reversed().thenComparing(Example::township));
		return examples;
	}

	private List<Read> read(List<ReportEdition> published, List<Integer> years) {
		Function<String, Optional<Topic>> classify = this.topics.classifier();
		List<Read> read = new ArrayList<>();
		for (ReportEdition edition : published) {
			if (!years.contains(edition.getReport().getYear())) {
				continue;
			}
			String body = edition.section(SectionKind.PROBLEMS).map((s) -> s.getBody()).orElse("");
			for (ListItems.Item item : ListItems.of(body)) {
				read.add(new Read(edition, item, classify.apply(item.text()), phrase(item)));
			}
		}
		return read;
	}

	/** The opening clause of a listed problem, when it is a wording worth comparing. */
	static String phrase(ListItems.Item item) {
		String text = item.unnumbered();
		Matcher end = CLAUSE_END.matcher(text);
		String clause = end.find() ? text.substring(0, end.start()) : text;
		clause = clause.strip();
		return (clause.length() >= SHORTEST_PHRASE && clause.length() <= LONGEST_PHRASE) ? clause : null;
	}

	/** For each key, in how many reports of each year it appears. */
	private static Map<String, Row> count(List<Read> read, List<Integer> years, Function<Read, String> key,
			Function<Read, String> label) {
		Map<String, String> labels = new LinkedHashMap<>();
		Map<String, Set<Long>[]> reports = new HashMap<>();
		for (Read r : read) {
			String k = key.apply(r);
			if (k == null) {
				continue;
			}
			labels.putIfAbsent(k, label.apply(r));
			@SuppressWarnings("unchecked")
			Set<Long>[] perYear = reports.computeIfAbsent(k, (x) -> new Set[years.size()]);
			int index = years.indexOf(r.edition().getReport().getYear());
			if (perYear[index] == null) {
				perYear[index] = new HashSet<>();
			}
			perYear[index].add(r.edition().getId());
		}
		Map<String, Row> rows = new LinkedHashMap<>();
		labels.forEach((k, l) -> {
			List<Integer> counts = new ArrayList<>();
			for (Set<Long> ids : reports.get(k)) {
				counts.add((ids != null) ? ids.size() : 0);
			}
			rows.put(k, new Row(l, k, counts, counts.stream().mapToInt(Integer::intValue).sum()));
		});
		return rows;
	}

}
