package org.fazhi.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sentence boundaries for Chinese official text: after 。！？； (and their ASCII forms) and
 * at line breaks, which end paragraphs. The JDK's sentence instance ignores ；, which in
 * these reports separates the items of long enumerations.
 */
final class ChineseSentences extends BreakIterator {

	private static final String ENDS = "。！？；!?;\n";

	private CharacterIterator text = new StringCharacterIterator("");

	private int[] bounds = { 0 };

	private int current;

	@Override
	public void setText(CharacterIterator newText) {
		this.text = newText;
		List<Integer> found = new ArrayList<>();
		int begin = newText.getBeginIndex();
		int end = newText.getEndIndex();
		found.add(begin);
		for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
			if (ENDS.indexOf(c) >= 0 && newText.getIndex() + 1 < end) {
				found.add(newText.getIndex() + 1);
			}
		}
		if (end > begin) {
			found.add(end);
		}
		this.bounds = found.stream().mapToInt(Integer::intValue).distinct().toArray();
		this.current = 0;
	}

	@Override
	public CharacterIterator getText() {
		return this.text;
	}

	@Override
	public int first() {
		this.current = 0;
		return this.bounds[0];
	}

	@Override
	public int last() {
		this.current = this.bounds.length - 1;
		return this.bounds[this.current];
	}

	@Override
	public int next(int n) {
		int target = this.current + n;
		if (target < 0 || target >= this.bounds.length) {
			this.current = (target < 0) ? 0 : this.bounds.length - 1;
			return DONE;
		}
		this.current = target;
		return this.bounds[this.current];
	}

	@Override
	public int next() {
		return next(1);
	}

	@Override
	public int previous() {
		return next(-1);
	}

	@Override
	public int following(int offset) {
		int at = Arrays.binarySearch(this.bounds, offset);
		int index = (at >= 0) ? at + 1 : -at - 1;
		if (index >= this.bounds.length) {
			this.current = this.bounds.length - 1;
			return DONE;
		}
		this.current = index;
		return this.bounds[index];
	}

	@Override
	public int preceding(int offset) {
		int at = Arrays.binarySearch(this.bounds, offset);
		int index = (at >= 0) ? at - 1 : -at - 2;
		if (index < 0) {
			this.current = 0;
			return DONE;
		}
		this.current = index;
		return this.bounds[index];
	}

	@Override
	public int current() {
		return this.bounds[this.current];
	}

}
