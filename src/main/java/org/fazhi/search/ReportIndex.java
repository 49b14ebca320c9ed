package org.fazhi.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.util.FileSystemUtils;

/**
 * Owns the Lucene index of published reports: one long-lived {@link IndexWriter} and a
 * {@link SearcherManager} over it. Documents are upserted by report id, so applying the
 * same change twice is harmless. The last applied change, the schema and the analyzer
 * version are kept in the commit user data; the directory is named after the schema
 * version, so a mapping change starts an empty directory that is rebuilt from the
 * database.
 *
 * <p>
 * Fields and why: {@code all} and {@code part_*} hold every character and every adjacent
 * pair ({@link SearchText}) and decide matching, which makes any verbatim substring find
 * its report; they filter and never score. {@code words} is segmented by smartcn and only
 * adds to the score, so whole-word matches rank first; {@code title} (characters) ranks
 * title matches above body matches. Part fields keep offsets for the highlighter. Year,
 * topic and region levels are sorted-set doc values for facets.
 */
class ReportIndex implements AutoCloseable {

	/** Bump when fields or analysis change: the index is rebuilt from the database. */
	static final String SCHEMA_VERSION = "3";

	static final String CHECKPOINT = "checkpoint";

	static final String WATERMARK = "watermark";

	static final String SCHEMA = "schema";

	static final String ANALYZER = "analyzer";

	static final List<String> PARTS = List.of("MEASURES", "PROBLEMS", "RESPONSIBLE_PERSON", "NEXT_YEAR_PLANS", "OTHER");

	static final List<String> LEVELS = List.of("PROVINCE", "CITY", "COUNTY", "TOWNSHIP");

	private static final String ID = "id";

	private static final String EDITION = "edition";

	private static final String TITLE = "title";

	private static final String ALL = "all";

	private static final String WORDS = "words";

	private static final String HEADING = "heading_";

	private static final String PART = "part_";

	private static final String AGENCY = "agency";

	private static final String AGENCY_PATH = "agencyPath";

	private static final String YEAR = "year";

	private static final String TOPIC = "topic";

	private static final String YEAR_TERM = "yearTerm";

	private static final String PUBLISHED = "published";

	/**
	 * Reports are long: highlight anywhere in them, not just the first 10,000 characters.
	 */
	private static final int HIGHLIGHT_MAX_LENGTH = 1_000_000;

	private static final int SNIPPET_PASSAGES = 2;

	private static final SortField NEWER = new SortField(PUBLISHED, SortField.Type.LONG, true);

	/**
	 * The last tie-breaker: a stable order, so that cursor paging never skips or repeats.
	 */
	private static final SortField LATER_ID = new SortField(ID, SortField.Type.LONG, true);

	private static final Sort NEWEST_FIRST = new Sort(NEWER, LATER_ID);

	/** Relevance, newer reports first among equals. */
	private static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE, NEWER, LATER_ID);

	/**
	 * Part text keeps its character offsets in the postings: the highlighter then reads
	 * where a match is instead of analysing every part of every hit on the page again.
	 */
	private static final FieldType PART_TYPE = partType();

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Analyzer characters = SearchText.characters();

	private final Analyzer words = new SmartChineseAnalyzer();

	private final FacetsConfig facets = new FacetsConfig();

	private final long timeoutMillis;

	/**
	 * Runs the part counts and drill-sideways passes beside a search's main pass while a
	 * core is free; when none is, the request thread runs them itself, so under load
	 * nothing queues here.
	 */
	private final ThreadPoolExecutor beside;

	private final boolean created;

	/** Facet state per reader; rebuilt when the searcher refreshes. */
	private volatile FacetState facetState;

	private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
	}

	private static FieldType partType() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	ReportIndex(Path root, long timeoutMillis) {
		this.timeoutMillis = timeoutMillis;
		AtomicInteger threads = new AtomicInteger();
		this.beside = new ThreadPoolExecutor(0, Runtime.getRuntime().availableProcessors(), 30, TimeUnit.SECONDS,
				new SynchronousQueue<>(), (task) -> {
					Thread thread = new Thread(task, "fazhi-search-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, (task, pool) -> task.run());
		this.facets.setMultiValued(TOPIC, true);
		try {
			this.directory = FSDirectory.open(Files.createDirectories(root.resolve("v" + SCHEMA_VERSION)));
			this.created = !DirectoryReader.indexExists(this.directory);
			Map<String, Analyzer> perField = Map.of(WORDS, this.words);
			IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(this.characters, perField));
			config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
			// A rebuild writes gigabytes: a larger buffer flushes fewer, larger
			// segments and leaves less to merge.
			config.setRAMBufferSizeMB(128);
			this.writer = new IndexWriter(this.directory, config);
			if (this.created) {
				commit(0, 0);
			}
			this.searchers = new SearcherManager(this.writer, null);
			removeOtherVersions(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the search index under " + root, ex);
		}
	}

	/**
	 * Deletes indexes of other schema versions under the same root: nothing reads them
	 * once this version is open, and at national scale each is gigabytes. One another
	 * process still writes (its lock is held) is left alone.
	 */
	private static void removeOtherVersions(Path root) throws IOException {
		List<Path> others;
		try (Stream<Path> entries = Files.list(root)) {
			others = entries
				.filter((dir) -> Files.isDirectory(dir) && dir.getFileName().toString().matches("v\\d+")
						&& !dir.getFileName().toString().equals("v" + SCHEMA_VERSION))
				.toList();
		}
		for (Path dir : others) {
			try (Directory old = FSDirectory.open(dir); Lock lock = old.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
				lock.ensureValid();
			}
			catch (LockObtainFailedException ex) {
				continue;
			}
			FileSystemUtils.deleteRecursively(dir);
		}
	}

	/**
	 * Whether the directory had no index (or one of another analyzer) before this
	 * instance opened it: then it must be rebuilt from the database.
	 */
	boolean needsRebuild() {
		return this.created || !SearchText.ANALYZER_VERSION.equals(commitData().get(ANALYZER));
	}

	long checkpoint() {
		return number(CHECKPOINT);
	}

	long watermark() {
		return number(WATERMARK);
	}

	private long number(String key) {
		String value = commitData().get(key);
		return (value != null) ? Long.parseLong(value) : 0;
	}

	int documentCount() {
		return this.writer.getDocStats().numDocs;
	}

	private Map<String, String> commitData() {
		Map<String, String> data = new HashMap<>();
		Iterable<Map.Entry<String, String>> live = this.writer.getLiveCommitData();
		if (live != null) {
			live.forEach((entry) -> data.put(entry.getKey(), entry.getValue()));
		}
		return data;
	}

	void upsert(IndexedReport report) throws IOException {
		Document doc = new Document();
		doc.add(new StringField(ID, report.reportId().toString(), Field.Store.YES));
		doc.add(new NumericDocValuesField(ID, report.reportId()));
		doc.add(new StoredField(EDITION, report.editionId()));
		doc.add(new TextField(TITLE, report.title(), Field.Store.YES));
		StringBuilder all = new StringBuilder(report.title()).append('\n');
		for (IndexedReport.Part part : report.sections()) {
			String text = part.heading() + '\n' + part.body();
			doc.add(new Field(PART + part.kind(), text, PART_TYPE));
			doc.add(new StoredField(HEADING + part.kind(), part.heading()));
			all.append(text).append('\n');
		}
		doc.add(new TextField(ALL, all.toString(), Field.Store.NO));
		doc.add(new TextField(WORDS, all.toString(), Field.Store.NO));
		doc.add(new StoredField(AGENCY, report.agencyName()));
		doc.add(new StoredField(AGENCY_PATH, report.agencyPath()));
		for (IndexedReport.Region region : report.regions()) {
			doc.add(new StringField(region.level(), region.code(), Field.Store.NO));
			doc.add(new SortedSetDocValuesFacetField(region.level(), region.code()));
		}
		doc.add(new IntPoint(YEAR, report.year()));
		doc.add(new StoredField(YEAR, report.year()));
		doc.add(new StringField(YEAR_TERM, Integer.toString(report.year()), Field.Store.NO));
		doc.add(new SortedSetDocValuesFacetField(YEAR, Integer.toString(report.year())));
		for (String topic : report.topicIds()) {
			doc.add(new StringField(TOPIC, topic, Field.Store.NO));
			doc.add(new SortedSetDocValuesFacetField(TOPIC, topic));
		}
		long published = report.publishedAt().toEpochMilli();
		doc.add(new LongPoint(PUBLISHED, published));
		doc.add(new NumericDocValuesField(PUBLISHED, published));
		doc.add(new StoredField(PUBLISHED, published));
		this.writer.updateDocument(new Term(ID, report.reportId().toString()), this.facets.build(doc));
	}

	void delete(Long reportId) throws IOException {
		this.writer.deleteDocuments(new Term(ID, reportId.toString()));
	}

	void deleteAll() throws IOException {
		this.writer.deleteAll();
	}

	/**
	 * Makes all changes durable together with the outbox position they cover, then shows
	 * them to searchers.
	 */
	void commit(long checkpoint, long watermark) throws IOException {
		this.writer
			.setLiveCommitData(Map
				.of(CHECKPOINT, Long.toString(checkpoint), WATERMARK, Long.toString(watermark), SCHEMA, SCHEMA_VERSION,
						ANALYZER, SearchText.ANALYZER_VERSION)
				.entrySet());
		this.writer.commit();
		if (this.searchers != null) {
			this.searchers.maybeRefreshBlocking();
		}
	}

	/**
	 * Report id to indexed edition id, for every document: what reconciliation compares
	 * with the database.
	 */
	Map<Long, Long> editionsByReport() throws IOException {
		IndexSearcher searcher = this.searchers.acquire();
		try {
			Map<Long, Long> ids = new HashMap<>();
			StoredFields stored = searcher.storedFields();
			IndexReader reader = searcher.getIndexReader();
			Bits live = MultiBits.getLiveDocs(reader);
			for (int doc = 0; doc < reader.maxDoc(); doc++) {
				if (live == null || live.get(doc)) {
					Document d = stored.document(doc, Set.of(ID, EDITION));
					ids.put(Long.valueOf(d.get(ID)), d.getField(EDITION).numericValue().longValue());
				}
			}
			return ids;
		}
		finally {
			this.searchers.release(searcher);
		}
	}

	SearchResults search(SearchCriteria criteria) throws IOException {
		if (criteria.query().isEmpty()) {
			return SearchResults.empty(criteria);
		}
		IndexSearcher shared = this.searchers.acquire();
		Future<Aside> aside = null;
		try {
			IndexReader reader = shared.getIndexReader();
			Query matching = matching(criteria, criteria.part(), reader);
			if (matching == null) {
				return SearchResults.empty(criteria);
			}
			IndexSearcher searcher = timed(reader);
			// Matching decides which reports, ranking only their order: scoring the pair
			// phrases themselves would read every position of every pair in every hit,
			// which for a phrase in nearly every report costs more than all the rest.
			Query filtered = filtered(matching, criteria);
			aside = this.beside.submit(() -> aside(searcher, reader, criteria, filtered));
			Query full = withSelections(new BooleanQuery.Builder().add(filtered, BooleanClause.Occur.FILTER)
				.add(ranking(criteria, reader), BooleanClause.Occur.SHOULD)
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
			FacetsCollector fullFacets = (FacetsCollector) collected[1];
			ScoreDoc[] docs = top.scoreDocs;
			int[] page = Arrays.stream(docs, Math.min(criteria.offset(), docs.length), docs.length)
				.mapToInt((d) -> d.doc)
				.toArray();
			List<SearchHit> hits = hits(searcher, page, criteria);
			SortedSetDocValuesReaderState state = facetState(reader);
			Facets fullCounts = facetCounts(state, fullFacets);
			Aside side = join(aside);
			Map<String, Long> years = counts((side.years() != null) ? facetCounts(state, side.years()) : fullCounts,
					YEAR);
			Map<String, Long> topics = counts((side.topics() != null) ? facetCounts(state, side.topics()) : fullCounts,
					TOPIC);
			String childLevel = criteria.childLevel();
			return new SearchResults(criteria, top.totalHits.value(), hits, years, topics,
					(childLevel != null) ? counts(fullCounts, childLevel) : Map.of(), side.parts(),
					searcher.timedOut());
		}
		finally {
			if (aside != null && !aside.isDone()) {
				// The searcher's reader must stay open until the work beside is over.
				try {
					aside.get();
				}
				catch (Exception ex) {
					// Already failing; the first failure is the one that matters.
				}
			}
			this.searchers.release(shared);
		}
	}

	/**
	 * A searcher of our own per search: the timeout is per search, the shared one is not
	 * ours to set.
	 */
	private IndexSearcher timed(IndexReader reader) {
		IndexSearcher searcher = new IndexSearcher(reader);
		searcher.setTimeout(new QueryTimeoutImpl(this.timeoutMillis));
		return searcher;
	}

	/**
	 * The matching query restricted by the criteria's ranges; facet selections are added
	 * apart, as drill sideways leaves one out at a time.
	 */
	private Query filtered(Query matching, SearchCriteria criteria) {
		return new BooleanQuery.Builder().add(matching, BooleanClause.Occur.FILTER)
			.add(filters(criteria), BooleanClause.Occur.FILTER)
			.build();
	}

	/**
	 * What the page needs beside its hits: the per-part counts and, for a facet with a
	 * selection of its own, the hits without that selection to count it on (drill
	 * sideways, so a reader can add a second year instead of only narrowing).
	 */
	private Aside aside(IndexSearcher searcher, IndexReader reader, SearchCriteria criteria, Query filtered)
			throws IOException {
		Map<String, Long> parts = new LinkedHashMap<>();
		for (String part : PARTS) {
			Query inPart = matching(criteria, part, reader);
			if (inPart != null) {
				parts.put(part, (long) searcher.count(withSelections(filtered(inPart, criteria), criteria, null)));
			}
		}
		FacetsCollector years = criteria.years().isEmpty() ? null
				: searcher.search(withSelections(filtered, criteria, YEAR), new FacetsCollectorManager());
		FacetsCollector topics = criteria.topicIds().isEmpty() ? null
				: searcher.search(withSelections(filtered, criteria, TOPIC), new FacetsCollectorManager());
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

	/**
	 * The exact count and one page of report ids, newest first, with no ranking, facets
	 * or snippets: the same answer the benchmark asks of SQL, so the two can be compared
	 * for equal work.
	 */
	IdPage idsByDate(SearchCriteria criteria) throws IOException {
		IndexSearcher shared = this.searchers.acquire();
		try {
			IndexReader reader = shared.getIndexReader();
			Query matching = criteria.query().isEmpty() ? null : matching(criteria, criteria.part(), reader);
			if (matching == null) {
				return new IdPage(0, List.of());
			}
			TopDocs top = timed(reader).search(withSelections(filtered(matching, criteria), criteria, null),
					new TopFieldCollectorManager(NEWEST_FIRST, criteria.offset() + criteria.size(), null,
							Integer.MAX_VALUE));
			// Ids from doc values: stored fields would decompress a block of report
			// text per hit. A fresh iterator per hit, as hits come in date order and
			// doc values only move forward.
			List<Long> ids = new ArrayList<>();
			List<LeafReaderContext> leaves = reader.leaves();
			for (int i = criteria.offset(); i < top.scoreDocs.length; i++) {
				int doc = top.scoreDocs[i].doc;
				LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
				NumericDocValues values = DocValues.getNumeric(leaf.reader(), ID);
				values.advanceExact(doc - leaf.docBase);
				ids.add(values.longValue());
			}
			return new IdPage(top.totalHits.value(), ids);
		}
		finally {
			this.searchers.release(shared);
		}
	}

	record IdPage(long total, List<Long> ids) {
	}

	/**
	 * Every required group must match (any of its terms, as a verbatim string) in the
	 * whole report or in one part; excluded terms must not occur anywhere.
	 */
	private Query matching(SearchCriteria criteria, String part, IndexReader reader) throws IOException {
		String field = (part != null) ? PART + part : ALL;
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
			Query q = SearchText.matchQuery(ALL, term, reader);
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
	private Query ranking(SearchCriteria criteria, IndexReader reader) throws IOException {
		QueryBuilder words = new QueryBuilder(this.words);
		BooleanQuery.Builder ranking = new BooleanQuery.Builder();
		for (String term : criteria.query().positiveTerms()) {
			Query inTitle = SearchText.matchQuery(TITLE, term, reader);
			if (inTitle != null) {
				ranking.add(new BoostQuery(inTitle, 4f), BooleanClause.Occur.SHOULD);
			}
			Query wordsBody = words.createBooleanQuery(WORDS, term);
			if (wordsBody != null) {
				ranking.add(wordsBody, BooleanClause.Occur.SHOULD);
			}
		}
		return ranking.build();
	}

	private Query filters(SearchCriteria criteria) {
		BooleanQuery.Builder filters = new BooleanQuery.Builder();
		filters.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
		if (criteria.yearFrom() != null || criteria.yearTo() != null) {
			filters.add(
					IntPoint.newRangeQuery(YEAR, (criteria.yearFrom() != null) ? criteria.yearFrom() : 0,
							(criteria.yearTo() != null) ? criteria.yearTo() : Integer.MAX_VALUE),
					BooleanClause.Occur.FILTER);
		}
		if (criteria.publishedFrom() != null || criteria.publishedTo() != null) {
			filters.add(LongPoint.newRangeQuery(PUBLISHED,
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
	private static Query withSelections(Query base, SearchCriteria criteria, String except) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST);
		if (!YEAR.equals(except) && !criteria.years().isEmpty()) {
			query.add(anyOf(YEAR_TERM, criteria.years().stream().map(String::valueOf).toList()),
					BooleanClause.Occur.FILTER);
		}
		if (!TOPIC.equals(except) && !criteria.topicIds().isEmpty()) {
			query.add(anyOf(TOPIC, criteria.topicIds()), BooleanClause.Occur.FILTER);
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

	/**
	 * Counts every dimension of the collected documents in one go, or {@code null} while
	 * no document has facets.
	 */
	private static Facets facetCounts(SortedSetDocValuesReaderState state, FacetsCollector collector)
			throws IOException {
		return (state != null) ? new SortedSetDocValuesFacetCounts(state, collector) : null;
	}

	private static Map<String, Long> counts(Facets facets, String dim) throws IOException {
		Map<String, Long> counts = new LinkedHashMap<>();
		if (facets == null) {
			return counts;
		}
		try {
			FacetResult result = facets.getTopChildren(1000, dim);
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

	/**
	 * The facet state of this reader, or {@code null} while no document has facets (an
	 * empty index, on a new installation).
	 */
	private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
		FacetState current = this.facetState;
		if (current == null || current.reader() != reader) {
			SortedSetDocValuesReaderState state;
			try {
				state = new DefaultSortedSetDocValuesReaderState(reader, this.facets);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
			current = new FacetState(reader, state);
			this.facetState = current;
		}
		return current.state();
	}

	/**
	 * Result lines for a page of documents: stored fields, and per part the highlighted
	 * sentences from Lucene's UnifiedHighlighter (a part without a match is not a matched
	 * part).
	 */
	private List<SearchHit> hits(IndexSearcher searcher, int[] docs, SearchCriteria criteria) throws IOException {
		List<String> parts = (criteria.part() != null) ? List.of(criteria.part()) : PARTS;
		String[] fields = parts.stream().map((p) -> PART + p).toArray(String[]::new);
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
		Arrays.fill(passages, SNIPPET_PASSAGES);
		Map<String, Object[]> snippets = highlighter(searcher).runs(fields, highlight.build(), docs, passages);
		List<SearchHit> hits = new ArrayList<>();
		StoredFields stored = searcher.storedFields();
		for (int i = 0; i < docs.length; i++) {
			Document document = stored.document(docs[i], Set.of(ID, TITLE, AGENCY, AGENCY_PATH, YEAR, PUBLISHED));
			List<SearchHit.PartHit> matched = new ArrayList<>();
			for (int f = 0; f < fields.length; f++) {
				Object snippet = snippets.get(fields[f])[i];
				if (snippet != null) {
					@SuppressWarnings("unchecked")
					List<SearchHit.Snippet> runs = (List<SearchHit.Snippet>) snippet;
					matched.add(new SearchHit.PartHit(parts.get(f), runs));
				}
			}
			hits.add(new SearchHit(Long.valueOf(document.get(ID)), document.get(TITLE), document.get(AGENCY),
					document.get(AGENCY_PATH), document.getField(YEAR).numericValue().intValue(),
					Instant.ofEpochMilli(document.getField(PUBLISHED).numericValue().longValue()), matched));
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

	@Override
	public void close() throws IOException {
		this.beside.shutdownNow();
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

}
