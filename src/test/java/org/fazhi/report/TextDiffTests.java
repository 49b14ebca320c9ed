package org.fazhi.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Character-level diffs of Chinese text, paragraph by paragraph.
 */
class TextDiffTests {

	@Test
	void changedCharactersAreMarkedInsideAnOtherwiseEqualParagraph() {
		List<List<TextDiff.Segment>> diff = TextDiff.diff("第一段。\n全年调解纠纷三百起。", "第一段。\n全年调解纠纷三百二十起。");
		assertThat(diff).hasSize(2);
		assertThat(diff.get(0)).containsExactly(new TextDiff.Segment(TextDiff.Kind.EQUAL, "第一段。"));
		assertThat(diff.get(1)).containsExactly(new TextDiff.Segment(TextDiff.Kind.EQUAL, "全年调解纠纷三百"),
				new TextDiff.Segment(TextDiff.Kind.INSERT, "二十"), new TextDiff.Segment(TextDiff.Kind.EQUAL, "起。"));
	}

	@Test
	void addedAndRemovedParagraphsAreWhole() {
		List<List<TextDiff.Segment>> diff = TextDiff.diff("甲。\n乙。", "甲。\n乙。\n丙。");
		assertThat(diff.get(2)).containsExactly(new TextDiff.Segment(TextDiff.Kind.INSERT, "丙。"));
		diff = TextDiff.diff("甲。\n乙。\n丙。", "丙。");
		assertThat(diff).filteredOn((p) -> p.get(0).isDelete()).hasSize(2);
	}

	@Test
	void surrogatePairsAreNeverSplit() {
		List<List<TextDiff.Segment>> diff = TextDiff.diff("𠀀甲", "𠀀乙");
		assertThat(diff.get(0).get(0)).isEqualTo(new TextDiff.Segment(TextDiff.Kind.EQUAL, "𠀀"));
	}

	@Test
	void veryLongChangedParagraphsAreShownAsReplacedWithoutCharacterDiff() {
		String before = "甲".repeat(10_000);
		String after = "乙".repeat(10_000);
		assertThat(TextDiff.diff(before, after).get(0)).extracting(TextDiff.Segment::kind)
			.containsExactly(TextDiff.Kind.DELETE, TextDiff.Kind.INSERT);
		assertThat(TextDiff.same("甲\n\n乙", "甲\n乙")).isTrue();
	}

}
