package org.fazhi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.springframework.util.FileSystemUtils;

/**
 * Where the index lives: its directory, one long-lived {@link IndexWriter} and a
 * {@link SearcherManager} over it. Documents are upserted by report id, so applying the
 * same change twice is harmless. The last applied change, the schema and the analyzer
 * version are kept in the commit user data; the directory is named after the schema
 * version, so a mapping change starts an empty directory that is rebuilt from the
 * database.
 */
final class IndexStore implements AutoCloseable {

	static final String CHECKPOINT = "checkpoint";

	static final String WATERMARK = "watermark";

	static final String SCHEMA = "schema";

	static final String ANALYZER = "analyzer";

	/**
	 * A rebuild writes gigabytes: a larger buffer flushes fewer, larger segments and
	 * leaves less to merge.
	 */
	private static final double RAM_BUFFER_MB = 128;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final boolean created;

	/**
	 * @param analyzer how text fields are analysed on the way in
	 */
	IndexStore(Path root, Analyzer analyzer) {
		try {
			this.directory = FSDirectory
				.open(Files.createDirectories(root.resolve("v" + ReportDocuments.SCHEMA_VERSION)));
			this.created = !DirectoryReader.indexExists(this.directory);
			IndexWriterConfig config = new IndexWriterConfig(analyzer);
			config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
			config.setRAMBufferSizeMB(RAM_BUFFER_MB);
			this.writer = new IndexWriter(this.directory, config);
			if (this.created) {
				commitData(0, 0);
				this.writer.commit();
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
						&& !dir.getFileName().toString().equals("v" + ReportDocuments.SCHEMA_VERSION))
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

	private void commitData(long checkpoint, long watermark) {
		this.writer.setLiveCommitData(Map.of(CHECKPOINT, Long.toString(checkpoint), WATERMARK, Long.toString(watermark),
				SCHEMA, ReportDocuments.SCHEMA_VERSION, ANALYZER, SearchText.ANALYZER_VERSION)
			.entrySet());
	}

	void upsert(IndexedReport report) throws IOException {
		this.writer.updateDocument(ReportDocuments.id(report.reportId()), ReportDocuments.of(report));
	}

	void delete(Long reportId) throws IOException {
		this.writer.deleteDocuments(ReportDocuments.id(reportId));
	}

	void deleteAll() throws IOException {
		this.writer.deleteAll();
	}

	/**
	 * Makes all changes durable together with the outbox position they cover, then shows
	 * them to searchers.
	 */
	void commit(long checkpoint, long watermark) throws IOException {
		commitData(checkpoint, watermark);
		this.writer.commit();
		this.searchers.maybeRefreshBlocking();
	}

	/**
	 * Runs {@code work} on the current searcher, which stays open until it returns.
	 */
	<T> T withSearcher(SearcherWork<T> work) throws IOException {
		IndexSearcher searcher = this.searchers.acquire();
		try {
			return work.run(searcher);
		}
		finally {
			this.searchers.release(searcher);
		}
	}

	/**
	 * Report id to indexed edition id, for every document: what reconciliation compares
	 * with the database.
	 */
	Map<Long, Long> editionsByReport() throws IOException {
		return withSearcher((searcher) -> {
			Map<Long, Long> ids = new HashMap<>();
			StoredFields stored = searcher.storedFields();
			IndexReader reader = searcher.getIndexReader();
			Bits live = MultiBits.getLiveDocs(reader);
			Set<String> fields = Set.of(ReportDocuments.ID, ReportDocuments.EDITION);
			for (int doc = 0; doc < reader.maxDoc(); doc++) {
				if (live == null || live.get(doc)) {
					Document d = stored.document(doc, fields);
					ids.put(Long.valueOf(d.get(ReportDocuments.ID)),
							d.getField(ReportDocuments.EDITION).numericValue().longValue());
				}
			}
			return ids;
		});
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

	/**
	 * Work done with a searcher.
	 *
	 * @param <T> what it gives
	 */
	@FunctionalInterface
	interface SearcherWork<T> {

		T run(IndexSearcher searcher) throws IOException;

	}

}
