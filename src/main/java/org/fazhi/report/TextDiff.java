package org.fazhi.report;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * Character-level differences between two versions of Chinese text, computed paragraph by
 * paragraph: paragraphs are matched first, then changed paragraph pairs are compared
 * character by character. Matching paragraphs first keeps the work proportional to what
 * changed even for 50,000-character parts.
 */
public final class TextDiff {

	/**
	 * Changed paragraphs longer than this are shown as replaced whole rather than diffed.
	 */
	private static final int MAX_CHARACTER_DIFF = 4000;

	private TextDiff() {
	}

	/**
	 * A run of text that is unchanged, inserted or deleted.
	 *
	 * @param kind what happened to the text
	 * @param text the text
	 */
	public record Segment(Kind kind, String text) {

		public boolean isEqual() {
			return this.kind == Kind.EQUAL;
		}

		public boolean isInsert() {
			return this.kind == Kind.INSERT;
		}

		public boolean isDelete() {
			return this.kind == Kind.DELETE;
		}

	}

	/**
	 * What happened to a segment.
	 */
	public enum Kind {

		EQUAL, INSERT, DELETE

	}

	/**
	 * Paragraphs of the revised text, each as the segments that turn the original into
	 * it.
	 */
	public static List<List<Segment>> diff(String original, String revised) {
		List<String> before = lines(original);
		List<String> after = lines(revised);
		List<List<Segment>> paragraphs = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
			for (; position < delta.getSource().getPosition(); position++) {
				paragraphs.add(List.of(new Segment(Kind.EQUAL, before.get(position))));
			}
			List<String> removed = delta.getSource().getLines();
			List<String> added = delta.getTarget().getLines();
			if (delta.getType() == DeltaType.CHANGE && removed.size() == added.size()) {
				for (int i = 0; i < removed.size(); i++) {
					paragraphs.add(characters(removed.get(i), added.get(i)));
				}
			}
			else {
				removed.forEach((line) -> paragraphs.add(List.of(new Segment(Kind.DELETE, line))));
				added.forEach((line) -> paragraphs.add(List.of(new Segment(Kind.INSERT, line))));
			}
			position += removed.size();
		}
		for (; position < before.size(); position++) {
			paragraphs.add(List.of(new Segment(Kind.EQUAL, before.get(position))));
		}
		return paragraphs;
	}

	public static boolean same(String original, String revised) {
		return lines(original).equals(lines(revised));
	}

	private static List<Segment> characters(String before, String after) {
		if (before.length() > MAX_CHARACTER_DIFF || after.length() > MAX_CHARACTER_DIFF) {
			return List.of(new Segment(Kind.DELETE, before), new Segment(Kind.INSERT, after));
		}
		List<String> from = codePoints(before);
		List<String> to = codePoints(after);
		List<Segment> segments = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
			add(segments, Kind.EQUAL, String.join("", from.subList(position, delta.getSource().getPosition())));
			add(segments, Kind.DELETE, String.join("", delta.getSource().getLines()));
			add(segments, Kind.INSERT, String.join("", delta.getTarget().getLines()));
			position = delta.getSource().getPosition() + delta.getSource().size();
		}
		add(segments, Kind.EQUAL, String.join("", from.subList(position, from.size())));
		return segments;
	}

	private static void add(List<Segment> segments, Kind kind, String text) {
		if (!text.isEmpty()) {
			segments.add(new Segment(kind, text));
		}
	}

	private static List<String> codePoints(String text) {
		return text.codePoints().mapToObj(Character::toString).toList();
	}

	private static List<String> lines(String text) {
		return Paragraphs.split(text);
	}

}
