package org.fazhi.topic;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Suggests topics for a report from cue phrases in its text: a topic is suggested when
 * its cues occur at least {@link #THRESHOLD} times in all, strongest first. The clerk
 * confirms or changes the suggestion.
 */
@Component
public class TopicSuggester {

	/** One passing mention is not a topic; two or more usually are. */
	static final int THRESHOLD = 2;

	private final TopicRepository topics;

	TopicSuggester(TopicRepository topics) {
		this.topics = topics;
	}

	public List<Topic> suggest(String text) {
		return suggest(text, this.topics.findByActiveTrueOrderByPositionAscIdAsc());
	}

	/**
	 * Names the one topic each of many short texts (a report's listed problems) is most
	 * about: the active topics read once, a single cue enough for a short text, the
	 * earlier topic on a tie; empty when no cue appears.
	 */
	public Function<String, Optional<Topic>> classifier() {
		List<Topic> candidates = this.topics.findByActiveTrueOrderByPositionAscIdAsc();
		return (text) -> {
			Topic best = null;
			int bestScore = 0;
			for (Topic topic : candidates) {
				int score = score(text, topic.cueList());
				if (score > bestScore) {
					best = topic;
					bestScore = score;
				}
			}
			return Optional.ofNullable(best);
		};
	}

	static List<Topic> suggest(String text, List<Topic> candidates) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Map<Topic, Integer> scores = candidates.stream()
			.collect(Collectors.toMap((t) -> t, (t) -> score(text, t.cueList())));
		return candidates.stream()
			.filter((t) -> scores.get(t) >= THRESHOLD)
			.sorted(Comparator.comparing((Topic t) -> -scores.get(t)).thenComparing(Topic::getPosition))
			.toList();
	}

	private static int score(String text, List<String> cues) {
		int score = 0;
		for (String cue : cues) {
			for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length())) {
				score++;
			}
		}
		return score;
	}

}
