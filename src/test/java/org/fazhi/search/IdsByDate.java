package org.fazhi.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * The exact count and one page of report ids, newest first, with no ranking, facets or
 * snippets: the same answer the benchmark asks of SQL, so the two can be compared for
 * equal work. Benchmarks only; the site always asks for the full result page.
 */
final class IdsByDate {

	private IdsByDate() {
	}

	static IdPage of(ReportIndex index, SearchCriteria criteria) throws IOException {
		return index.store().withSearcher((shared) -> {
			IndexReader reader = shared.getIndexReader();
			Query matching = criteria.query().isEmpty() ? null
					: index.queries().matching(criteria, criteria.part(), reader);
			if (matching == null) {
				return new IdPage(0, List.of());
			}
			TopDocs top = index.timed(reader)
				.search(ReportQueries.withSelections(ReportQueries.filtered(matching, criteria), criteria, null),
						new TopFieldCollectorManager(ReportIndex.NEWEST_FIRST, criteria.offset() + criteria.size(),
								null, Integer.MAX_VALUE));
			// Ids from doc values: stored fields would decompress a block of report
			// text per hit. A fresh iterator per hit, as hits come in date order and
			// doc values only move forward.
			List<Long> ids = new ArrayList<>();
			List<LeafReaderContext> leaves = reader.leaves();
			for (int i = criteria.offset(); i < top.scoreDocs.length; i++) {
				int doc = top.scoreDocs[i].doc;
				LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
				NumericDocValues values = DocValues.getNumeric(leaf.reader(), ReportDocuments.ID);
				values.advanceExact(doc - leaf.docBase);
				ids.add(values.longValue());
			}
			return new IdPage(top.totalHits.value(), ids);
		});
	}

	/**
	 * @param total how many reports match
	 * @param ids one page of them
	 */
	record IdPage(long total, List<Long> ids) {
	}

}
