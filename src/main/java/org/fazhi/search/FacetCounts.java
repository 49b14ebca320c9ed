package org.fazhi.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * Counts by year, topic and region of the documents a search collected.
 */
final class FacetCounts {

	/** More values than any dimension has (years, topics, a county's townships). */
	private static final int MAX_VALUES = 1000;

	/** Facet state per reader; rebuilt when the searcher refreshes. */
	private volatile ReaderState current;

	private record ReaderState(IndexReader reader, SortedSetDocValuesReaderState state) {
	}

	/**
	 * Counts every dimension of the collected documents in one go, or {@code null} while
	 * no document has facets (an empty index, on a new installation).
	 */
	Facets count(IndexReader reader, FacetsCollector collector) throws IOException {
		SortedSetDocValuesReaderState state = state(reader);
		return (state != null) ? new SortedSetDocValuesFacetCounts(state, collector) : null;
	}

	/**
	 * One dimension's counts by value, largest first; empty without counts.
	 */
	static Map<String, Long> of(Facets facets, String dimension) throws IOException {
		Map<String, Long> counts = new LinkedHashMap<>();
		if (facets == null) {
			return counts;
		}
		try {
			FacetResult result = facets.getTopChildren(MAX_VALUES, dimension);
			if (result != null) {
				for (LabelAndValue value : result.labelValues) {
					counts.put(value.label, value.value.longValue());
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// No document has this dimension yet.
		}
		return counts;
	}

	private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
		ReaderState known = this.current;
		if (known == null || known.reader() != reader) {
			SortedSetDocValuesReaderState state;
			try {
				state = new DefaultSortedSetDocValuesReaderState(reader, ReportDocuments.FACETS);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
			known = new ReaderState(reader, state);
			this.current = known;
		}
		return known.state();
	}

}
