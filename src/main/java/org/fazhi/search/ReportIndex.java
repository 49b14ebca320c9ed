package org.fazhi.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * The index of published reports, as the rest of search sees it: changes go to the
 * {@link IndexStore}; a search builds its {@link ReportQueries}, collects the page, the
 * exact total and the {@link FacetCounts} in one pass (the per-part counts and the drill
 * sideways passes beside it), and turns the page into result lines with {@link Snippets}.
 */
class ReportIndex implements AutoCloseable {

	static final SortField NEWER = new SortField(ReportDocuments.PUBLISHED, SortField.Type.LONG, true);

	/**
	 * The last tie-breaker: a stable order, so that cursor paging never skips or repeats.
	 */
	static final SortField LATER_ID = new SortField(ReportDocuments.ID, SortField.Type.LONG, true);

	static final Sort NEWEST_FIRST = new Sort(NEWER, LATER_ID);

	/** Relevance, newer reports first among equals. */
	private static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE, NEWER, LATER_ID);

	private final Analyzer characters = SearchText.characters();

	private final Analyzer words = new SmartChineseAnalyzer();

	private final IndexStore store;

	private final ReportQueries queries = new ReportQueries(this.words);

	private final FacetCounts facets = new FacetCounts();

	private final Snippets snippets = new Snippets(this.characters);

	private final long timeoutMillis;

	/**
	 * Runs the part counts and drill-sideways passes beside a search's main pass while a
	 * core is free; when none is, the request thread runs them itself, so under load
	 * nothing queues here.
	 */
	private final ThreadPoolExecutor beside;

	ReportIndex(Path root, long timeoutMillis) {
		this.timeoutMillis = timeoutMillis;
		AtomicInteger threads = new AtomicInteger();
		this.beside = new ThreadPoolExecutor(0, Runtime.getRuntime().availableProcessors(), 30, TimeUnit.SECONDS,
				new SynchronousQueue<>(), (task) -> {
					Thread thread = new Thread(task, "fazhi-search-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, (task, pool) -> task.run());
		this.store = new IndexStore(root,
				new PerFieldAnalyzerWrapper(this.characters, Map.of(ReportDocuments.WORDS, this.words)));
	}

	IndexStore store() {
		return this.store;
	}

	ReportQueries queries() {
		return this.queries;
	}

	boolean needsRebuild() {
		return this.store.needsRebuild();
	}

	long checkpoint() {
		return this.store.checkpoint();
	}

	long watermark() {
		return this.store.watermark();
	}

	int documentCount() {
		return this.store.documentCount();
	}

	void upsert(IndexedReport report) throws IOException {
		this.store.upsert(report);
	}

	void delete(Long reportId) throws IOException {
		this.store.delete(reportId);
	}

	void deleteAll() throws IOException {
		this.store.deleteAll();
	}

	void commit(long checkpoint, long watermark) throws IOException {
		this.store.commit(checkpoint, watermark);
	}

	Map<Long, Long> editionsByReport() throws IOException {
		return this.store.editionsByReport();
	}

	SearchResults search(SearchCriteria criteria) throws IOException {
		if (criteria.query().isEmpty()) {
			return SearchResults.empty(criteria);
		}
		return this.store.withSearcher((shared) -> search(shared.getIndexReader(), criteria));
	}

	private SearchResults search(IndexReader reader, SearchCriteria criteria) throws IOException {
		Query matching = this.queries.matching(criteria, criteria.part(), reader);
		if (matching == null) {
			return SearchResults.empty(criteria);
		}
		IndexSearcher searcher = timed(reader);
		// Matching decides which reports, ranking only their order: scoring the pair
		// phrases themselves would read every position of every pair in every hit,
		// which for a phrase in nearly every report costs more than all the rest.
		Query filtered = ReportQueries.filtered(matching, criteria);
		Future<Aside> aside = this.beside.submit(() -> aside(searcher, reader, criteria, filtered));
		try {
			Query full = ReportQueries
				.withSelections(new BooleanQuery.Builder().add(filtered, BooleanClause.Occur.FILTER)
					.add(this.queries.ranking(criteria, reader), BooleanClause.Occur.SHOULD)
					.build(), criteria, null);
			Sort sort = criteria.inDateOrder() ? NEWEST_FIRST : BEST_FIRST;
			int wanted = Math.max(1, criteria.offset() + criteria.size());
			// Cursor paging continues after the previous page's last report, whatever its
			// depth, with a queue no longer than one page.
			FieldDoc after = (criteria.cursor() == null || criteria.cursor() == SearchCriteria.START) ? null
					: new FieldDoc(Integer.MAX_VALUE, Float.NaN,
							new Object[] { criteria.cursor().published(), criteria.cursor().reportId() });
			// One pass for the page, the exact total and the facets of the full query.
			Object[] collected = searcher.search(full,
					new MultiCollectorManager(new TopFieldCollectorManager(sort, wanted, after, Integer.MAX_VALUE),
							new FacetsCollectorManager()));
			TopDocs top = (TopDocs) collected[0];
			ScoreDoc[] docs = top.scoreDocs;
			int[] page = Arrays.stream(docs, Math.min(criteria.offset(), docs.length), docs.length)
				.mapToInt((d) -> d.doc)
				.toArray();
			List<SearchHit> hits = this.snippets.hits(searcher, page, criteria);
			Facets fullCounts = this.facets.count(reader, (FacetsCollector) collected[1]);
			Aside side = join(aside);
			Facets yearCounts = (side.years() != null) ? this.facets.count(reader, side.years()) : fullCounts;
			Facets topicCounts = (side.topics() != null) ? this.facets.count(reader, side.topics()) : fullCounts;
			String childLevel = criteria.childLevel();
			return new SearchResults(criteria, top.totalHits.value(), hits,
					FacetCounts.of(yearCounts, ReportDocuments.YEAR),
					FacetCounts.of(topicCounts, ReportDocuments.TOPIC),
					(childLevel != null) ? FacetCounts.of(fullCounts, childLevel) : Map.of(), side.parts(),
					searcher.timedOut());
		}
		finally {
			if (!aside.isDone()) {
				// The searcher's reader must stay open until the work beside is over.
				try {
					aside.get();
				}
				catch (Exception ex) {
					// Already failing; the first failure is the one that matters.
				}
			}
		}
	}

	/**
	 * A searcher of our own per search: the timeout is per search, the shared one is not
	 * ours to set.
	 */
	IndexSearcher timed(IndexReader reader) {
		IndexSearcher searcher = new IndexSearcher(reader);
		searcher.setTimeout(new QueryTimeoutImpl(this.timeoutMillis));
		return searcher;
	}

	/**
	 * What the page needs beside its hits: the per-part counts and, for a facet with a
	 * selection of its own, the hits without that selection to count it on (drill
	 * sideways, so a reader can add a second year instead of only narrowing).
	 */
	private Aside aside(IndexSearcher searcher, IndexReader reader, SearchCriteria criteria, Query filtered)
			throws IOException {
		Map<String, Long> parts = new LinkedHashMap<>();
		for (String part : ReportDocuments.PARTS) {
			Query inPart = this.queries.matching(criteria, part, reader);
			if (inPart != null) {
				parts.put(part, (long) searcher
					.count(ReportQueries.withSelections(ReportQueries.filtered(inPart, criteria), criteria, null)));
			}
		}
		FacetsCollector years = criteria.years().isEmpty() ? null : searcher.search(
				ReportQueries.withSelections(filtered, criteria, ReportDocuments.YEAR), new FacetsCollectorManager());
		FacetsCollector topics = criteria.topicIds().isEmpty() ? null : searcher.search(
				ReportQueries.withSelections(filtered, criteria, ReportDocuments.TOPIC), new FacetsCollectorManager());
		return new Aside(parts, years, topics);
	}

	private record Aside(Map<String, Long> parts, FacetsCollector years, FacetsCollector topics) {
	}

	private static Aside join(Future<Aside> aside) throws IOException {
		try {
			return aside.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while searching");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IOException(ex.getCause());
		}
	}

	@Override
	public void close() throws IOException {
		this.beside.shutdownNow();
		this.store.close();
	}

}
