package org.fazhi.assistant;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.fazhi.report.ReportEditionRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public editions' check scores, for the statistics. Worked out after publication by a
 * scheduled pass, not in the publishing transaction: the reviewer does not wait for it,
 * reports published before there were scores are scored the same way, and an instance
 * that loses a race with another for the same edition simply finds it done.
 */
@Service
public class Scores {

	/**
	 * Editions scored per pass, so that a large backlog never holds a connection long.
	 */
	static final int PER_PASS = 25;

	private static final Log logger = LogFactory.getLog(Scores.class);

	private final EditionScoreRepository scores;

	private final ReviewAssistant assistant;

	private final ReportEditionRepository editions;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Scores(EditionScoreRepository scores, ReviewAssistant assistant, ReportEditionRepository editions,
			TransactionTemplate transaction, Clock clock) {
		this.scores = scores;
		this.assistant = assistant;
		this.editions = editions;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The scores known of these editions, by edition id. */
	public Map<Long, Integer> of(Collection<Long> editionIds) {
		Map<Long, Integer> known = new HashMap<>();
		if (!editionIds.isEmpty()) {
			this.scores.findByEditionIdIn(editionIds)
				.forEach((score) -> known.put(score.getEditionId(), score.getScore()));
		}
		return known;
	}

	/**
	 * Scores every public edition without a score, a pass at a time.
	 * @return how many were scored
	 */
	@Scheduled(fixedDelayString = "${fazhi.assistant.score-interval}",
			initialDelayString = "${fazhi.assistant.score-interval}")
	public int scorePending() {
		int scored = 0;
		List<Long> pending;
		int scoredThisPass;
		do {
			pending = this.scores.findUnscored(PER_PASS);
			scoredThisPass = 0;
			for (Long id : pending) {
				try {
					Boolean done = this.transaction.execute((status) -> score(id));
					scoredThisPass += Boolean.TRUE.equals(done) ? 1 : 0;
				}
				catch (DataIntegrityViolationException ex) {
					// Another instance scored it first.
				}
				catch (RuntimeException ex) {
					logger.warn("Could not score edition " + id + "; will try again on the next run", ex);
				}
			}
			scored += scoredThisPass;
		}
		// A full pass that all went well: there may be more. Anything less, and the rest
		// waits for the next run rather than spinning on an edition that fails.
		while (pending.size() == PER_PASS && scoredThisPass == PER_PASS);
		if (scored > 0) {
			logger.info("Scored " + scored + " public editions");
		}
		return scored;
	}

	private boolean score(Long editionId) {
		return this.editions.findById(editionId).map((edition) -> {
			this.scores.saveAndFlush(new EditionScore(editionId, this.assistant.assess(edition), this.clock.instant()));
			return true;
		}).orElse(false);
	}

}
