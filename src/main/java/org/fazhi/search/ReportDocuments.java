package org.fazhi.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.fazhi.report.SectionKind;

/**
 * The index's schema: its fields, and how a published report becomes a document and a
 * stored document a result line.
 *
 * <p>
 * Fields and why: {@code all} and {@code part_*} hold every character and every adjacent
 * pair ({@link SearchText}) and decide matching, which makes any verbatim substring find
 * its report; they filter and never score. {@code words} is segmented by smartcn and only
 * adds to the score, so whole-word matches rank first; {@code title} (characters) ranks
 * title matches above body matches. Part fields keep offsets for the highlighter. Year,
 * topic and region levels are sorted-set doc values for facets.
 */
final class ReportDocuments {

	/** Bump when fields or analysis change: the index is rebuilt from the database. */
	static final String SCHEMA_VERSION = "3";

	/** The parts, by the names their fields carry: the report module's part kinds. */
	static final List<String> PARTS = Arrays.stream(SectionKind.values()).map(SectionKind::name).toList();

	static final String ID = "id";

	static final String EDITION = "edition";

	static final String TITLE = "title";

	static final String ALL = "all";

	static final String WORDS = "words";

	static final String AGENCY = "agency";

	static final String AGENCY_PATH = "agencyPath";

	static final String YEAR = "year";

	static final String TOPIC = "topic";

	static final String YEAR_TERM = "yearTerm";

	static final String PUBLISHED = "published";

	/** What a result line reads from a stored document. */
	static final Set<String> RESULT_FIELDS = Set.of(ID, TITLE, AGENCY, AGENCY_PATH, YEAR, PUBLISHED);

	/** Years, topics and region levels are facets; a report has several topics. */
	static final FacetsConfig FACETS = facetsConfig();

	private static final String HEADING = "heading_";

	private static final String PART = "part_";

	/**
	 * Part text keeps its character offsets in the postings: the highlighter then reads
	 * where a match is instead of analysing every part of every hit on the page again.
	 */
	private static final FieldType PART_TYPE = partType();

	private ReportDocuments() {
	}

	/** The field holding one part's heading and text. */
	static String part(String kind) {
		return PART + kind;
	}

	/** The term that identifies a report's document. */
	static Term id(Long reportId) {
		return new Term(ID, reportId.toString());
	}

	/**
	 * The report as a document, its facets built.
	 */
	static Document of(IndexedReport report) throws IOException {
		Document doc = new Document();
		doc.add(new StringField(ID, report.reportId().toString(), Field.Store.YES));
		doc.add(new NumericDocValuesField(ID, report.reportId()));
		doc.add(new StoredField(EDITION, report.editionId()));
		doc.add(new TextField(TITLE, report.title(), Field.Store.YES));
		StringBuilder all = new StringBuilder(report.title()).append('\n');
		for (IndexedReport.Part part : report.sections()) {
			String text = part.heading() + '\n' + part.body();
			doc.add(new Field(part(part.kind()), text, PART_TYPE));
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
		return FACETS.build(doc);
	}

	/**
	 * A result line's fields from a stored document ({@link #RESULT_FIELDS}), with the
	 * parts that matched.
	 */
	static SearchHit hit(Document document, List<SearchHit.PartHit> matched) {
		return new SearchHit(Long.valueOf(document.get(ID)), document.get(TITLE), document.get(AGENCY),
				document.get(AGENCY_PATH), document.getField(YEAR).numericValue().intValue(),
				Instant.ofEpochMilli(document.getField(PUBLISHED).numericValue().longValue()), matched);
	}

	private static FacetsConfig facetsConfig() {
		FacetsConfig config = new FacetsConfig();
		config.setMultiValued(TOPIC, true);
		return config;
	}

	private static FieldType partType() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

}
