package org.fazhi.topic;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Topic suggestions from cue phrases.
 */
class TopicSuggesterTests {

	private final Topic enforcement = new Topic("行政执法", "行政执法,三项制度,执法人员", 5, true);

	private final Topic mediation = new Topic("矛盾纠纷化解与复议应诉", "人民调解，行政复议、出庭应诉", 7, true);

	private final Topic digital = new Topic("数字法治政府", "数字,信息化", 10, true);

	@Test
	void suggestsTopicsWhoseCuesOccurAtLeastTwiceStrongestFirst() {
		String text = "严格落实行政执法三项制度，执法人员全部持证。开展人民调解，行政机关负责人出庭应诉一次。推进数字政府。";
		assertThat(TopicSuggester.suggest(text, List.of(this.enforcement, this.mediation, this.digital)))
			.containsExactly(this.enforcement, this.mediation);
	}

	@Test
	void cuesMaySeparatedByFullWidthCommasAndEnumerationCommas() {
		assertThat(this.mediation.cueList()).containsExactly("人民调解", "行政复议", "出庭应诉");
	}

	@Test
	void emptyTextSuggestsNothing() {
		assertThat(TopicSuggester.suggest("", List.of(this.enforcement))).isEmpty();
		assertThat(TopicSuggester.suggest(null, List.of(this.enforcement))).isEmpty();
	}

}
