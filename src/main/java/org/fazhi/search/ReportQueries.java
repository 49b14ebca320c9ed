package org.fazhi.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The Lucene queries for a search: which reports match (verbatim, in the whole report or
 * one part), how they rank, the range filters and the facet selections.
 */
final class ReportQueries {

	/** A match in the title counts this many times a match in the body. */
	private static final float TITLE_BOOST = 4f;

	private final Analyzer words;

	/**
	 * @param words the word-segmenting analyzer the {@code words} field was indexed with
	 */
	ReportQueries(Analyzer words) {
		this.words = words;
	}

	/**
	 * Every required group must match (any of its terms, as a verbatim string) in the
	 * whole report or in one part; excluded terms must not occur anywhere.
	 * @param part the part to match in, or {@code null} for the whole report
	 * @return {@code null} when a required group can match nothing in this index
	 */
	Query matching(SearchCriteria criteria, String part, IndexReader reader) throws IOException {
		String field = (part != null) ? ReportDocuments.part(part) : ReportDocuments.ALL;
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (List<String> group : criteria.query().required()) {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			int clauses = 0;
			for (String term : group) {
				Query q = SearchText.matchQuery(field, term, reader);
				if (q != null) {
					any.add(q, BooleanClause.Occur.SHOULD);
					clauses++;
				}
			}
			if (clauses == 0) {
				return null;
			}
			query.add(any.build(), BooleanClause.Occur.MUST);
		}
		for (String term : criteria.query().excluded()) {
			Query q = SearchText.matchQuery(ReportDocuments.ALL, term, reader);
			if (q != null) {
				query.add(q, BooleanClause.Occur.MUST_NOT);
			}
		}
		return query.build();
	}

	/**
	 * Score only: the term in the title counts most, then whole-word (smartcn) matches in
	 * the title and the body.
	 */
	Query ranking(SearchCriteria criteria, IndexReader reader) throws IOException {
		QueryBuilder segmented = new QueryBuilder(this.words);
		BooleanQuery.Builder ranking = new BooleanQuery.Builder();
		for (String term : criteria.query().positiveTerms()) {
			Query inTitle = SearchText.matchQuery(ReportDocuments.TITLE, term, reader);
			if (inTitle != null) {
				ranking.add(new BoostQuery(inTitle, TITLE_BOOST), BooleanClause.Occur.SHOULD);
			}
			Query wordsBody = segmented.createBooleanQuery(ReportDocuments.WORDS, term);
			if (wordsBody != null) {
				ranking.add(wordsBody, BooleanClause.Occur.SHOULD);
			}
		}
		return ranking.build();
	}

	/**
	 * The matching query restricted by the criteria's ranges; facet selections are added
	 * apart ({@link #withSelections}), as drill sideways leaves one out at a time.
	 */
	static Query filtered(Query matching, SearchCriteria criteria) {
		return new BooleanQuery.Builder().add(matching, BooleanClause.Occur.FILTER)
			.add(ranges(criteria), BooleanClause.Occur.FILTER)
			.build();
	}

	private static Query ranges(SearchCriteria criteria) {
		BooleanQuery.Builder filters = new BooleanQuery.Builder();
		filters.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
		if (criteria.yearFrom() != null || criteria.yearTo() != null) {
			filters.add(
					IntPoint.newRangeQuery(ReportDocuments.YEAR,
							(criteria.yearFrom() != null) ? criteria.yearFrom() : 0,
							(criteria.yearTo() != null) ? criteria.yearTo() : Integer.MAX_VALUE),
					BooleanClause.Occur.FILTER);
		}
		if (criteria.publishedFrom() != null || criteria.publishedTo() != null) {
			filters.add(LongPoint.newRangeQuery(ReportDocuments.PUBLISHED,
					(criteria.publishedFrom() != null) ? criteria.publishedFrom().toEpochMilli() : Long.MIN_VALUE,
					(criteria.publishedTo() != null) ? criteria.publishedTo().toEpochMilli() - 1 : Long.MAX_VALUE),
					BooleanClause.Occur.FILTER);
		}
		return filters.build();
	}

	/**
	 * Adds the facet selections as filters; selections within a facet are alternatives
	 * (any of the years). {@code except} leaves one facet's own selection out: counting a
	 * facet that way ("drill sideways") keeps its other values visible, so a reader can
	 * add a second year instead of only narrowing.
	 */
	static Query withSelections(Query base, SearchCriteria criteria, String except) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST);
		if (!ReportDocuments.YEAR.equals(except) && !criteria.years().isEmpty()) {
			query.add(anyOf(ReportDocuments.YEAR_TERM, criteria.years().stream().map(String::valueOf).toList()),
					BooleanClause.Occur.FILTER);
		}
		if (!ReportDocuments.TOPIC.equals(except) && !criteria.topicIds().isEmpty()) {
			query.add(anyOf(ReportDocuments.TOPIC, criteria.topicIds()), BooleanClause.Occur.FILTER);
		}
		if (criteria.regionCode() != null && criteria.regionLevel() != null) {
			query.add(new TermQuery(new Term(criteria.regionLevel(), criteria.regionCode())),
					BooleanClause.Occur.FILTER);
		}
		return query.build();
	}

	private static Query anyOf(String field, List<String> values) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		values.forEach((v) -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
		return any.build();
	}

}
