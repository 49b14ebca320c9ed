package org.fazhi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Owns the Lucene index of published reports: one long-lived {@link IndexWriter} and a
 * {@link SearcherManager} over it. Documents are upserted by report id, so applying the
 * same change twice is harmless. The last applied outbox id and the schema version are
 * kept in the commit user data; the directory is named after the schema version, so a
 * mapping change starts an empty directory that is rebuilt from the database.
 */
class ReportIndex implements AutoCloseable {

	/**
	 * Bump when fields or analysis change: the index is then rebuilt from the database.
	 */
	static final String SCHEMA_VERSION = "1";

	static final String CHECKPOINT = "checkpoint";

	static final String SCHEMA = "schema";

	private static final String ID = "id";

	private static final String EDITION = "edition";

	private static final String TITLE = "title";

	private static final String BODY = "body";

	private static final String EXACT = "exact";

	private static final String AGENCY = "agency";

	private static final String AGENCY_PATH = "agencyPath";

	private static final String YEAR = "year";

	private static final String PUBLISHED = "published";

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Analyzer exactAnalyzer = new ExactAnalyzer();

	private final Analyzer wordAnalyzer = new SmartChineseAnalyzer();

	private final boolean created;

	ReportIndex(Path root) {
		try {
			this.directory = FSDirectory.open(Files.createDirectories(root.resolve("v" + SCHEMA_VERSION)));
			this.created = !DirectoryReader.indexExists(this.directory);
			Map<String, Analyzer> perField = Map.of(EXACT, this.exactAnalyzer);
			IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(this.wordAnalyzer, perField));
			config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
			this.writer = new IndexWriter(this.directory, config);
			if (this.created) {
				commit(0);
			}
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the search index under " + root, ex);
		}
	}

	/**
	 * Whether the directory had no index before this instance opened it.
	 */
	boolean wasCreated() {
		return this.created;
	}

	long checkpoint() {
		String value = commitData().get(CHECKPOINT);
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
		doc.add(new StoredField(EDITION, report.editionId()));
		// Word field (smartcn) for ranking: word matches score above character matches.
		doc.add(new TextField(TITLE, report.title(), Field.Store.YES));
		doc.add(new TextField(BODY, report.bodyText(), Field.Store.YES));
		// Character field for matching: every Han character is its own token, so a phrase
		// of
		// the query's characters matches exactly where the text contains them verbatim.
		doc.add(new TextField(EXACT, report.title() + '\n' + report.bodyText(), Field.Store.NO));
		doc.add(new StoredField(AGENCY, report.agencyName()));
		doc.add(new StoredField(AGENCY_PATH, report.agencyPath()));
		doc.add(new IntPoint(YEAR, report.year()));
		doc.add(new StoredField(YEAR, report.year()));
		long published = report.publishedAt().toEpochMilli();
		doc.add(new NumericDocValuesField(PUBLISHED, published));
		doc.add(new StoredField(PUBLISHED, published));
		this.writer.updateDocument(new Term(ID, report.reportId().toString()), doc);
	}

	void delete(Long reportId) throws IOException {
		this.writer.deleteDocuments(new Term(ID, reportId.toString()));
	}

	void deleteAll() throws IOException {
		this.writer.deleteAll();
	}

	/**
	 * Makes all changes durable together with the outbox id they cover, then shows them
	 * to searchers.
	 */
	void commit(long checkpoint) throws IOException {
		this.writer.setLiveCommitData(Map.of(CHECKPOINT, Long.toString(checkpoint), SCHEMA, SCHEMA_VERSION).entrySet());
		this.writer.commit();
		if (this.searchers != null) {
			this.searchers.maybeRefreshBlocking();
		}
	}

	SearchResults search(SearchRequest request) throws IOException {
		Query query = buildQuery(request.terms());
		if (query == null) {
			return SearchResults.empty(request);
		}
		IndexSearcher searcher = this.searchers.acquire();
		try {
			int total = searcher.count(query);
			int wanted = Math.min(request.offset() + request.size(), Math.max(total, 1));
			Sort sort = request.byDate() ? new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true))
					: new Sort(SortField.FIELD_SCORE, new SortField(PUBLISHED, SortField.Type.LONG, true));
			TopDocs top = searcher.search(query, wanted, sort);
			StoredFields stored = searcher.storedFields();
			List<SearchHit> hits = new ArrayList<>();
			ScoreDoc[] docs = top.scoreDocs;
			for (int i = request.offset(); i < docs.length; i++) {
				Document doc = stored.document(docs[i].doc);
				hits.add(new SearchHit(Long.valueOf(doc.get(ID)), doc.get(TITLE), doc.get(AGENCY), doc.get(AGENCY_PATH),
						doc.getField(YEAR).numericValue().intValue(),
						Instant.ofEpochMilli(doc.getField(PUBLISHED).numericValue().longValue()),
						Snippet.around(doc.get(BODY), request.terms())));
			}
			return new SearchResults(request, total, hits);
		}
		finally {
			this.searchers.release(searcher);
		}
	}

	/**
	 * Every term must occur verbatim (a phrase on the character field); word matches in
	 * the title, then in the body, raise the score.
	 */
	private Query buildQuery(List<String> terms) {
		QueryBuilder exact = new QueryBuilder(this.exactAnalyzer);
		QueryBuilder words = new QueryBuilder(this.wordAnalyzer);
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int required = 0;
		for (String term : terms) {
			Query must = exact.createPhraseQuery(EXACT, term);
			if (must == null) {
				continue;
			}
			query.add(must, BooleanClause.Occur.MUST);
			required++;
			Query inTitle = words.createBooleanQuery(TITLE, term);
			if (inTitle != null) {
				query.add(new BoostQuery(inTitle, 3f), BooleanClause.Occur.SHOULD);
			}
			Query inBody = words.createBooleanQuery(BODY, term);
			if (inBody != null) {
				query.add(inBody, BooleanClause.Occur.SHOULD);
			}
		}
		return (required > 0) ? query.build() : null;
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

	/**
	 * Standard tokenizer (one token per Han character, whole Latin words and numbers),
	 * folding full-width forms to half-width and upper case to lower.
	 */
	static final class ExactAnalyzer extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			TokenStream stream = new CJKWidthFilter(source);
			stream = new LowerCaseFilter(stream);
			return new TokenStreamComponents(source, stream);
		}

	}

}
