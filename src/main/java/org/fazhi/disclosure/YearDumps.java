package org.fazhi.disclosure;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportSection;
import org.fazhi.report.SectionKind;
import org.fazhi.system.ServiceSettings;
import org.fazhi.topic.Topic;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data in bulk: for each report year, every published report with its metadata and
 * parts as JSON Lines and as CSV, written to files under the data directory and served
 * from them. A year's files are written again when what is public for that year changed
 * (its count or its newest publication): by a scheduled pass soon after a publication,
 * correction or withdrawal, or at the latest when someone asks for them.
 */
@Service
class YearDumps {

	/** Reports read per transaction while a dump is written. */
	static final int BATCH = 100;

	/** The formats a year is written in. */
	enum Format {

		JSONL("jsonl"), CSV("csv");

		final String extension;

		Format(String extension) {
			this.extension = extension;
		}

	}

	/**
	 * One year's dump as the index lists it.
	 *
	 * @param year report year
	 * @param reports published reports in it
	 * @param jsonlBytes size of the JSON Lines file, 0 when not written yet
	 * @param csvBytes size of the CSV file, 0 when not written yet
	 */
	record Dump(int year, long reports, long jsonlBytes, long csvBytes) {
	}

	private static final Log logger = LogFactory.getLog(YearDumps.class);

	private static final String[] CSV_COLUMNS = { "id", "url", "title", "agency", "agency_code", "county", "year",
			"index_number", "document_number", "date_written", "published_at", "edition", "topics", "keywords",
			"measures", "problems", "responsible_person", "next_year_plans", "other" };

	private final PublishedLists catalog;

	private final PublicUrls urls;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	private final Path directory;

	YearDumps(PublishedLists catalog, PublicUrls urls, JsonMapper json, TransactionTemplate transaction,
			ServiceSettings settings) {
		this.catalog = catalog;
		this.urls = urls;
		this.json = json;
		this.transaction = transaction;
		this.directory = settings.dataDir().resolve("dumps");
	}

	/** Every year with published reports, newest first. */
	List<Dump> all() {
		Map<Long, Long> counts = new TreeMap<>(this.catalog.countsByYear(PublishedLists.Filter.ALL));
		List<Dump> dumps = new ArrayList<>();
		counts.forEach((year, count) -> dumps.add(new Dump(year.intValue(), count,
				size(file(year.intValue(), Format.JSONL)), size(file(year.intValue(), Format.CSV)))));
		return dumps.reversed();
	}

	/**
	 * The year's file, written first if what is public changed since it was; empty when
	 * the year has no published report.
	 */
	Optional<Path> fresh(int year, Format format) {
		Optional<String> stamp = stamp(year);
		if (stamp.isEmpty()) {
			return Optional.empty();
		}
		if (!stamp.get().equals(writtenStamp(year))) {
			write(year, stamp.get());
		}
		return Optional.of(file(year, format));
	}

	/** Writes again every year whose public reports changed. */
	@Scheduled(fixedDelayString = "${fazhi.disclosure.dump-interval}",
			initialDelayString = "${fazhi.disclosure.dump-interval}")
	void refresh() {
		for (Long year : this.catalog.countsByYear(PublishedLists.Filter.ALL).keySet()) {
			stamp(year.intValue()).filter((stamp) -> !stamp.equals(writtenStamp(year.intValue())))
				.ifPresent((stamp) -> write(year.intValue(), stamp));
		}
	}

	/** What identifies the year's public state: how many, and the newest publication. */
	private Optional<String> stamp(int year) {
		PublishedLists.Filter filter = new PublishedLists.Filter(null, year, null);
		PublishedLists.Page newest = this.catalog.after(filter, null, 1);
		if (newest.items().isEmpty()) {
			return Optional.empty();
		}
		ReportEdition first = newest.items().get(0);
		return Optional.of(newest.total() + "/" + first.getId() + "/" + first.getPublishedAt().toEpochMilli());
	}

	private synchronized void write(int year, String stamp) {
		if (stamp.equals(writtenStamp(year))) {
			return;
		}
		try {
			Files.createDirectories(this.directory);
			Path jsonl = Files.createTempFile(this.directory, year + "-", ".jsonl.tmp");
			Path csv = Files.createTempFile(this.directory, year + "-", ".csv.tmp");
			long written = 0;
			try (BufferedWriter lines = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8);
					BufferedWriter table = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
				// A byte order mark, so that spreadsheet programs read the Chinese as
				// UTF-8.
				table.write('\uFEFF');
				table.write(String.join(",", CSV_COLUMNS));
				table.write("\r\n");
				PublishedLists.Cursor cursor = null;
				PublishedLists.Filter filter = new PublishedLists.Filter(null, year, null);
				while (true) {
					PublishedLists.Cursor after = cursor;
					List<Map<String, Object>> batch = this.transaction
						.execute((status) -> this.catalog.after(filter, after, BATCH)
							.items()
							.stream()
							.map(this::record)
							.toList());
					for (Map<String, Object> record : batch) {
						lines.write(this.json.writeValueAsString(record));
						lines.write('\n');
						table.write(csvLine(record));
						written++;
					}
					if (batch.size() < BATCH) {
						break;
					}
					Map<String, Object> last = batch.get(batch.size() - 1);
					cursor = new PublishedLists.Cursor(Instant.parse((String) last.get("publishedAt")),
							(Long) last.get("editionId"));
				}
			}
			Files.move(jsonl, file(year, Format.JSONL), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
			Files.move(csv, file(year, Format.CSV), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
			Files.writeString(stampFile(year), stamp, StandardCharsets.UTF_8);
			logger.info("Wrote the " + year + " open-data dump: " + written + " reports");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the " + year + " dump", ex);
		}
	}

	/** One report, as a line of the JSON file and a row of the CSV. */
	private Map<String, Object> record(ReportEdition edition) {
		String base = this.urls.base();
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", edition.getReport().getId());
		record.put("editionId", edition.getId());
		record.put("url", base + "/reports/" + edition.getReport().getId());
		record.put("title", edition.getTitle());
		record.put("agency", edition.getReport().getAgency().getFullName());
		record.put("agencyCode", edition.getReport().getAgency().getUnifiedCode());
		record.put("county", (edition.getReport().getAgency().getParent() != null)
				? edition.getReport().getAgency().getParent().getFullName() : null);
		record.put("year", edition.getReport().getYear());
		record.put("indexNumber", edition.getReport().getIndexNumber());
		record.put("documentNumber", edition.getDocumentNumber());
		record.put("dateWritten", (edition.getDateWritten() != null) ? edition.getDateWritten().toString() : null);
		record.put("publishedAt", DateTimeFormatter.ISO_INSTANT.format(edition.getPublishedAt()));
		record.put("edition", edition.getEditionNumber());
		record.put("topics", edition.getTopics().stream().map(Topic::getName).sorted().toList());
		record.put("keywords", edition.getKeywords());
		Map<String, Object> parts = new LinkedHashMap<>();
		for (ReportSection section : edition.getSections()) {
			Map<String, String> part = new LinkedHashMap<>();
			part.put("heading", section.getHeading());
			part.put("body", section.getBody());
			parts.put(section.getKind().name(), part);
		}
		record.put("parts", parts);
		return record;
	}

	@SuppressWarnings("unchecked")
	private static String csvLine(Map<String, Object> record) {
		Map<String, Object> parts = (Map<String, Object>) record.get("parts");
		// The columns in CSV_COLUMNS' order; values may be null (no 文号), hence not
		// List.of.
		List<Object> values = new ArrayList<>(Arrays.asList(record.get("id"), record.get("url"), record.get("title"),
				record.get("agency"), record.get("agencyCode"), record.get("county"), record.get("year"),
				record.get("indexNumber"), record.get("documentNumber"), record.get("dateWritten"),
				record.get("publishedAt"), record.get("edition"), String.join("；", (List<String>) record.get("topics")),
				record.get("keywords")));
		for (SectionKind kind : SectionKind.values()) {
			Map<String, String> part = (Map<String, String>) parts.get(kind.name());
			values.add((part != null) ? part.get("heading") + "\n" + part.get("body") : null);
		}
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(csvField(values.get(i)));
		}
		return line.append("\r\n").toString();
	}

	/** A CSV field (RFC 4180): quoted, quotes doubled, when it needs to be. */
	static String csvField(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	Path file(int year, Format format) {
		return this.directory.resolve(year + "." + format.extension);
	}

	private Path stampFile(int year) {
		return this.directory.resolve(year + ".stamp");
	}

	private String writtenStamp(int year) {
		try {
			Path stamp = stampFile(year);
			return Files.exists(stamp) ? Files.readString(stamp, StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static long size(Path file) {
		try {
			return Files.exists(file) ? Files.size(file) : 0;
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
