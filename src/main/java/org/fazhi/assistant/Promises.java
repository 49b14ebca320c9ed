package org.fazhi.assistant;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.report.EditionHistory;
import org.fazhi.report.Paragraphs;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.SectionKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Last year's promises tracked in this year's report, for the review page, the public
 * promise tracker and the statistics: each plan item with the passage of this year's
 * measures that reports on it, or none — as matched, unless a reviewer corrected it.
 * Public pages ask for the same pairs again and again, and a public edition's text never
 * changes (a correction is a new edition), so each pair's matching is worked out once and
 * kept, within a bound; reviewers' corrections are read fresh, so every instance shows
 * them at once.
 */
@Component
public class Promises {

	/** Pairs kept: a county's five years for thousands of townships. */
	static final int KEPT_PAIRS = 10_000;

	private final Map<String, List<Assessment.Promise>> matched = Collections
		.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, List<Assessment.Promise>> eldest) {
				return size() > KEPT_PAIRS;
			}

		});

	private final PromiseCorrectionRepository corrections;

	private final EditionHistory history;

	private final Clock clock;

	Promises(PromiseCorrectionRepository corrections, EditionHistory history, Clock clock) {
		this.corrections = corrections;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * A pair of public editions, last year's and this year's.
	 *
	 * @param previous last year's public edition
	 * @param current this year's public edition
	 */
	public record Pair(ReportEdition previous, ReportEdition current) {
	}

	/**
	 * @param previous last year's public edition
	 * @param current this year's public edition
	 */
	public List<Assessment.Promise> track(ReportEdition previous, ReportEdition current) {
		return trackAll(List.of(new Pair(previous, current))).get(0);
	}

	/** Many pairs, with one read of the corrections; in the order given. */
	public List<List<Assessment.Promise>> trackAll(List<Pair> pairs) {
		Map<Long, List<PromiseCorrection>> byCurrent = correctionsOf(
				pairs.stream().map((pair) -> pair.current().getId()).toList());
		List<List<Assessment.Promise>> tracked = new ArrayList<>();
		for (Pair pair : pairs) {
			List<Assessment.Promise> promises = this.matched.computeIfAbsent(
					pair.previous().getId() + "/" + pair.current().getId(),
					(key) -> PromiseCheck.match(body(pair.previous(), SectionKind.NEXT_YEAR_PLANS),
							body(pair.current(), SectionKind.MEASURES)));
			tracked.add(corrected(promises, pair.previous().getId(),
					byCurrent.getOrDefault(pair.current().getId(), List.of())));
		}
		return tracked;
	}

	/**
	 * Matches worked out now (an edition still being written or reviewed), with the
	 * corrections made of them.
	 */
	List<Assessment.Promise> corrected(List<Assessment.Promise> promises, Long previousId, Long currentId) {
		return corrected(promises, previousId, correctionsOf(List.of(currentId)).getOrDefault(currentId, List.of()));
	}

	/**
	 * A reviewer says which paragraph of this year's measures reports on one of last
	 * year's plan items, or that none does; audited on this year's edition.
	 * @param digest the item's {@link Assessment.Promise#digest()}
	 * @param paragraph the paragraph of this year's measures, from 1, or 0 for none
	 * @return the item, or empty when the digest or paragraph names nothing (nothing is
	 * saved)
	 */
	@Transactional
	public Optional<String> correct(ReportEdition previous, ReportEdition current, String digest, int paragraph,
			String actor) {
		List<String> items = PromiseCheck.items(body(previous, SectionKind.NEXT_YEAR_PLANS));
		Optional<String> item = items.stream().filter((i) -> PromiseCorrection.digest(i).equals(digest)).findFirst();
		List<String> paragraphs = Paragraphs.split(body(current, SectionKind.MEASURES));
		if (item.isEmpty() || paragraph < 0 || paragraph > paragraphs.size()) {
			return Optional.empty();
		}
		String account = (paragraph == 0) ? null : paragraphs.get(paragraph - 1);
		PromiseCorrection correction = this.corrections
			.findByPreviousEditionIdAndCurrentEditionIdAndItemDigest(previous.getId(), current.getId(), digest)
			.orElseGet(() -> new PromiseCorrection(previous.getId(), current.getId(), digest));
		correction.set(account, actor, this.clock.instant());
		this.corrections.save(correction);
		this.history.transition(actor, current, "PROMISE_CORRECTED", null, null,
				item.get() + " → " + ((account != null) ? account : "未见报告"));
		return item;
	}

	/** The share of promises kept, in whole percent; 0 when there were none. */
	public static int keptPercent(List<Assessment.Promise> promises) {
		if (promises.isEmpty()) {
			return 0;
		}
		long kept = promises.stream().filter(Assessment.Promise::kept).count();
		return (int) Math.round(kept * 100.0 / promises.size());
	}

	private Map<Long, List<PromiseCorrection>> correctionsOf(Collection<Long> currentIds) {
		Map<Long, List<PromiseCorrection>> byCurrent = new HashMap<>();
		if (!currentIds.isEmpty()) {
			for (PromiseCorrection correction : this.corrections.findByCurrentEditionIdIn(currentIds)) {
				byCurrent.computeIfAbsent(correction.getCurrentEditionId(), (id) -> new ArrayList<>()).add(correction);
			}
		}
		return byCurrent;
	}

	private static List<Assessment.Promise> corrected(List<Assessment.Promise> promises, Long previousId,
			List<PromiseCorrection> corrections) {
		if (corrections.isEmpty()) {
			return promises;
		}
		Map<String, PromiseCorrection> byDigest = new HashMap<>();
		corrections.stream()
			.filter((c) -> c.getPreviousEditionId().equals(previousId))
			.forEach((c) -> byDigest.put(c.getItemDigest(), c));
		return promises.stream().map((promise) -> {
			PromiseCorrection correction = byDigest.get(promise.digest());
			return (correction != null) ? new Assessment.Promise(promise.item(), correction.getAccount(), true)
					: promise;
		}).toList();
	}

	private static String body(ReportEdition edition, SectionKind kind) {
		return edition.section(kind).map((section) -> section.getBody()).orElse("");
	}

}
