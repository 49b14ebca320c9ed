package org.fazhi.assistant;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.report.ReportEdition;
import org.fazhi.report.SectionKind;
import org.springframework.stereotype.Component;

/**
 * Last year's promises tracked in this year's report, for the public promise tracker and
 * the statistics: each plan item with the passage of this year's measures that reports on
 * it, or none. Public pages ask for the same pairs again and again, and a public
 * edition's text never changes (a correction is a new edition), so each pair is worked
 * out once and kept, within a bound.
 */
@Component
public class Promises {

	/** Pairs kept: a county's five years for thousands of townships. */
	static final int KEPT_PAIRS = 10_000;

	private final Map<String, List<Assessment.Promise>> tracked = Collections
		.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, List<Assessment.Promise>> eldest) {
				return size() > KEPT_PAIRS;
			}

		});

	/**
	 * @param previous last year's public edition
	 * @param current this year's public edition
	 */
	public List<Assessment.Promise> track(ReportEdition previous, ReportEdition current) {
		return this.tracked.computeIfAbsent(previous.getId() + "/" + current.getId(), (key) -> PromiseCheck
			.match(body(previous, SectionKind.NEXT_YEAR_PLANS), body(current, SectionKind.MEASURES)));
	}

	/** The share of promises kept, in whole percent; 0 when there were none. */
	public static int keptPercent(List<Assessment.Promise> promises) {
		if (promises.isEmpty()) {
			return 0;
		}
		long kept = promises.stream().filter(Assessment.Promise::kept).count();
		return (int) Math.round(kept * 100.0 / promises.size());
	}

	private static String body(ReportEdition edition, SectionKind kind) {
		return edition.section(kind).map((section) -> section.getBody()).orElse("");
	}

}
