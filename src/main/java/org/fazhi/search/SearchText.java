package org.fazhi.search;

import java.io.IOException;
import java.util.ArrayDeque;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * How report text is cut up for matching. Every character is folded on its own
 * (full-width forms to half-width, upper case to lower), so a string that occurs in the
 * text still occurs, character for character, in the folded text. The analyzer emits
 * every non-space character and every pair of adjacent non-space characters. A query term
 * then matches as a phrase of its own pairs (or as its single character), which finds
 * every report containing it verbatim: never fewer than SQL {@code LIKE '%q%'}.
 */
final class SearchText {

	/** Bump when folding or tokenizing changes: the index is rebuilt. */
	static final String ANALYZER_VERSION = "chars-2";

	private SearchText() {
	}

	/**
	 * Folds one code point: full-width ASCII and the ideographic space to their
	 * half-width forms, then lower case. One code point in, one out, so positions never
	 * shift.
	 */
	static int fold(int codePoint) {
		int c = codePoint;
		if (c >= 0xFF01 && c <= 0xFF5E) {
			c -= 0xFEE0;
		}
		else if (c == 0x3000) {
			c = ' ';
		}
		return Character.toLowerCase(c);
	}

	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> folded.appendCodePoint(fold(c)));
		return folded.toString();
	}

	/**
	 * Characters of a query term as the index sees them, white space removed.
	 */
	static int[] characters(String term) {
		return fold(term).codePoints().filter((c) -> !Character.isWhitespace(c)).toArray();
	}

	/**
	 * Every character as a token, and every pair of adjacent characters stacked on the
	 * same position: single-character queries match the first, longer ones a phrase of
	 * the second, whose terms are far rarer than single characters.
	 */
	static Analyzer characters() {
		return new CharacterAnalyzer();
	}

	/**
	 * Emits each folded non-space code point, then (at the same position) the pair it
	 * starts with the next one; a space ends a run and leaves a position gap, so no pair
	 * ever spans it.
	 */
	private static final class CharacterAnalyzer extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			return new TokenStreamComponents(new CharacterTokenizer());
		}

	}

	private static final class CharacterTokenizer extends Tokenizer {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

		private String text;

		private int index;

		private int gap;

		/** Start of the pair still to emit after the current character, or -1. */
		private int pairStart = -1;

		@Override
		public void reset() throws IOException {
			super.reset();
			StringBuilder all = new StringBuilder();
			char[] buffer = new char[8192];
			for (int read = this.input.read(buffer); read != -1; read = this.input.read(buffer)) {
				all.append(buffer, 0, read);
			}
			this.text = all.toString();
			this.index = 0;
			this.gap = 0;
			this.pairStart = -1;
		}

		@Override
		public boolean incrementToken() {
			clearAttributes();
			if (this.pairStart >= 0) {
				int start = this.pairStart;
				this.pairStart = -1;
				int first = this.text.codePointAt(start);
				int secondStart = start + Character.charCount(first);
				int second = this.text.codePointAt(secondStart);
				emit(start, secondStart + Character.charCount(second), 0, fold(first), fold(second));
				return true;
			}
			while (this.index < this.text.length()) {
				int c = this.text.codePointAt(this.index);
				int start = this.index;
				this.index += Character.charCount(c);
				if (Character.isWhitespace(c)) {
					this.gap++;
					continue;
				}
				if (this.index < this.text.length() && !Character.isWhitespace(this.text.codePointAt(this.index))) {
					this.pairStart = start;
				}
				emit(start, this.index, 1 + this.gap, fold(c));
				this.gap = 0;
				return true;
			}
			return false;
		}

		private void emit(int start, int end, int increment, int... codePoints) {
			this.term.setEmpty();
			for (int c : codePoints) {
				this.term.append(new String(Character.toChars(c)));
			}
			this.offset.setOffset(correctOffset(start), correctOffset(end));
			this.position.setPositionIncrement(increment);
		}

		@Override
		public void end() throws IOException {
			super.end();
			int last = correctOffset((this.text != null) ? this.text.length() : 0);
			this.offset.setOffset(last, last);
		}

	}

	/**
	 * The matching query for one term: like {@link #termQuery(String, String)}, but with
	 * only as many pairs as it takes to pin every character down. Pairs stack on the
	 * position of their first character and positions only advance by one between
	 * adjacent characters, so pairs at offsets 0, 2, 4 … and the last one still match
	 * exactly the verbatim string. Which pairs are kept is chosen by document frequency:
	 * the rarest pair always (it leads the conjunction, so few documents are looked at),
	 * then the cheapest cover, which drops most of the near-ubiquitous pairs a long
	 * phrase like 法治政府建设 is made of. A pair no document has means nothing can match.
	 */
	static Query matchQuery(String field, String term, IndexReader reader) throws IOException {
		int[] chars = characters(term);
		if (chars.length <= 3) {
			return termQuery(field, term);
		}
		int pairs = chars.length - 1;
		Term[] terms = new Term[pairs];
		long[] weight = new long[pairs];
		int rarest = 0;
		for (int i = 0; i < pairs; i++) {
			terms[i] = pair(field, chars, i);
			weight[i] = reader.docFreq(terms[i]);
			if (weight[i] == 0) {
				return new TermQuery(terms[i]);
			}
			if (weight[i] < weight[rarest]) {
				rarest = i;
			}
		}
		// Cheapest chain from the first pair to the last in steps of one or two, never
		// stepping over the rarest.
		long[] cost = new long[pairs];
		int[] previous = new int[pairs];
		cost[0] = weight[0];
		previous[0] = -1;
		for (int i = 1; i < pairs; i++) {
			int best = i - 1;
			if (i >= 2 && i - 1 != rarest && cost[i - 2] <= cost[i - 1]) {
				best = i - 2;
			}
			cost[i] = weight[i] + cost[best];
			previous[i] = best;
		}
		PhraseQuery.Builder phrase = new PhraseQuery.Builder();
		ArrayDeque<Integer> chosen = new ArrayDeque<>();
		for (int i = pairs - 1; i >= 0; i = previous[i]) {
			chosen.push(i);
		}
		chosen.forEach((i) -> phrase.add(terms[i], i));
		return phrase.build();
	}

	/**
	 * The query for one term on a field analyzed by {@link #characters()}: the single
	 * character, or the phrase of its adjacent pairs.
	 */
	static Query termQuery(String field, String term) {
		int[] chars = characters(term);
		if (chars.length == 0) {
			return null;
		}
		if (chars.length == 1) {
			return new TermQuery(new Term(field, new String(Character.toChars(chars[0]))));
		}
		PhraseQuery.Builder phrase = new PhraseQuery.Builder();
		for (int i = 0; i + 1 < chars.length; i++) {
			phrase.add(pair(field, chars, i), i);
		}
		return phrase.build();
	}

	/** The pair term of the characters at {@code i} and {@code i + 1}. */
	private static Term pair(String field, int[] chars, int i) {
		return new Term(field, new String(Character.toChars(chars[i])) + new String(Character.toChars(chars[i + 1])));
	}

}
