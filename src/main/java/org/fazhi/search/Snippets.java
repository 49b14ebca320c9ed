package org.fazhi.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Result lines for a page of documents: their stored fields, and per part the highlighted
 * sentences from Lucene's UnifiedHighlighter (a part without a match is not a matched
 * part).
 */
final class Snippets {

	/**
	 * Reports are long: highlight anywhere in them, not just the first 10,000 characters.
	 */
	private static final int HIGHLIGHT_MAX_LENGTH = 1_000_000;

	/** Sentences shown per matched part. */
	private static final int PASSAGES = 2;

	private final Analyzer characters;

	/**
	 * @param characters the analyzer the part fields were indexed with
	 */
	Snippets(Analyzer characters) {
		this.characters = characters;
	}

	List<SearchHit> hits(IndexSearcher searcher, int[] docs, SearchCriteria criteria) throws IOException {
		List<String> parts = (criteria.part() != null) ? List.of(criteria.part()) : ReportDocuments.PARTS;
		String[] fields = parts.stream().map(ReportDocuments::part).toArray(String[]::new);
		BooleanQuery.Builder highlight = new BooleanQuery.Builder();
		for (String field : fields) {
			for (String term : criteria.query().positiveTerms()) {
				Query q = SearchText.termQuery(field, term);
				if (q != null) {
					highlight.add(q, BooleanClause.Occur.SHOULD);
				}
			}
		}
		int[] passages = new int[fields.length];
		Arrays.fill(passages, PASSAGES);
		Map<String, Object[]> snippets = highlighter(searcher).runs(fields, highlight.build(), docs, passages);
		List<SearchHit> hits = new ArrayList<>();
		StoredFields stored = searcher.storedFields();
		for (int i = 0; i < docs.length; i++) {
			Document document = stored.document(docs[i], ReportDocuments.RESULT_FIELDS);
			List<SearchHit.PartHit> matched = new ArrayList<>();
			for (int f = 0; f < fields.length; f++) {
				Object snippet = snippets.get(fields[f])[i];
				if (snippet != null) {
					@SuppressWarnings("unchecked")
					List<SearchHit.Snippet> runs = (List<SearchHit.Snippet>) snippet;
					matched.add(new SearchHit.PartHit(parts.get(f), runs));
				}
			}
			hits.add(ReportDocuments.hit(document, matched));
		}
		return hits;
	}

	/**
	 * The highlighter: re-analyzes stored part text with the character analyzer, reads
	 * whole reports, breaks on Chinese sentence ends, returns nothing for parts without a
	 * match, and formats passages as runs of plain and matched text (never HTML).
	 */
	private RunsHighlighter highlighter(IndexSearcher searcher) {
		return new RunsHighlighter(UnifiedHighlighter.builder(searcher, this.characters)
			.withMaxLength(HIGHLIGHT_MAX_LENGTH)
			.withBreakIterator(ChineseSentences::new)
			.withMaxNoHighlightPassages(0)
			// Per field and per phrase rather than the whole query's matches for every
			// field of every hit: five part fields made that five times the work.
			.withWeightMatches(false)
			.withFormatter(new RunsFormatter()));
	}

	/**
	 * Exposes the highlighter's per-field objects, which {@link RunsFormatter} makes.
	 */
	static final class RunsHighlighter extends UnifiedHighlighter {

		RunsHighlighter(Builder builder) {
			super(builder);
		}

		Map<String, Object[]> runs(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
			return highlightFieldsAsObjects(fields, query, docs, passages);
		}

	}

	/**
	 * Turns passages into runs of text, marking the matched spans.
	 */
	static final class RunsFormatter extends PassageFormatter {

		@Override
		public Object format(Passage[] passages, String content) {
			List<SearchHit.Snippet> runs = new ArrayList<>();
			for (Passage passage : passages) {
				if (!runs.isEmpty()) {
					runs.add(new SearchHit.Snippet("…", false));
				}
				int position = passage.getStartOffset();
				for (int m = 0; m < passage.getNumMatches(); m++) {
					int start = Math.max(passage.getMatchStarts()[m], position);
					int end = passage.getMatchEnds()[m];
					if (end <= position) {
						continue;
					}
					if (start > position) {
						runs.add(new SearchHit.Snippet(plain(content, position, start), false));
					}
					SearchHit.Snippet last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
					if (start == position && last != null && last.match()) {
						// Overlapping pairs of one phrase: one marked run.
						runs.set(runs.size() - 1,
								new SearchHit.Snippet(last.text() + plain(content, start, end), true));
					}
					else {
						runs.add(new SearchHit.Snippet(plain(content, start, end), true));
					}
					position = end;
				}
				if (position < passage.getEndOffset()) {
					runs.add(new SearchHit.Snippet(plain(content, position, passage.getEndOffset()), false));
				}
			}
			return runs;
		}

		private static String plain(String content, int start, int end) {
			return content.substring(start, end).replace('\n', ' ');
		}

	}

}
