package org.fazhi.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fazhi.importing.DisclosureMetadata;
import org.fazhi.importing.ParsedReport;

/**
 * What an imported page said about itself that does not go into the report, for the
 * preview to show: its disclosure metadata (the county assigns its own on publication),
 * the labels this service does not keep, and the page chrome that was left out.
 *
 * @param metadata labelled values in page order, as message key or label to value
 * @param dropped the lines of page chrome that were left out
 */
public record PageFacts(List<Fact> metadata, List<String> dropped) {

	/**
	 * One labelled value: {@code key} is a message key for the fields this service knows,
	 * {@code label} the page's own label otherwise.
	 */
	public record Fact(String key, String label, String value) {
	}

	static PageFacts of(ParsedReport parsed) {
		DisclosureMetadata metadata = parsed.metadata();
		List<Fact> facts = new ArrayList<>();
		add(facts, "report.indexNumber", metadata.indexNumber());
		add(facts, "report.publisher", metadata.publisher());
		add(facts, "report.dateWritten", metadata.dateWritten());
		add(facts, "report.publishedAt", metadata.publishedOn());
		add(facts, "report.documentNumber", metadata.documentNumber());
		add(facts, "report.topic", metadata.topicCategory());
		add(facts, "report.genre", metadata.genre());
		add(facts, "report.keywords", metadata.keywords());
		for (Map.Entry<String, String> other : metadata.others().entrySet()) {
			facts.add(new Fact(null, other.getKey(), other.getValue()));
		}
		return new PageFacts(List.copyOf(facts), parsed.dropped());
	}

	private static void add(List<Fact> facts, String key, Object value) {
		if (value != null) {
			facts.add(new Fact(key, null, (value instanceof LocalDate date) ? date.toString() : value.toString()));
		}
	}

	public boolean isEmpty() {
		return this.metadata.isEmpty() && this.dropped.isEmpty();
	}

}
