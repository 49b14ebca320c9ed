package org.fazhi.system;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.web.multipart.MultipartFile;

/**
 * A CSV file uploaded by an admin (agencies, users): columns found by any of their
 * accepted names (English or Chinese), at most {@value #MAX_ROWS} rows, and every problem
 * reported by line, so that a file is either taken whole or not at all.
 */
public final class CsvUpload {

	/** Most data rows in one upload. */
	public static final int MAX_ROWS = 5000;

	private CsvUpload() {
	}

	/**
	 * The accepted names of each column: {@code "field:名称:别名"} specs, the first name
	 * being the field's own.
	 */
	public static Map<String, List<String>> columns(String... specs) {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		for (String spec : specs) {
			List<String> names = List.of(spec.split(":"));
			columns.put(names.get(0), names);
		}
		return columns;
	}

	/**
	 * The CSV sent: the uploaded file when there is one, else the text pasted.
	 * @return the text, or the message key of why there is none to read
	 */
	public static Sent sent(MultipartFile file, String pasted) {
		String csv;
		try {
			csv = (file != null && !file.isEmpty()) ? TextDecoding.decode(file.getBytes()) : pasted;
		}
		catch (TextDecoding.NotTextException ex) {
			return new Sent(pasted, "import.unreadable." + ex.reason());
		}
		catch (IOException ex) {
			return new Sent(pasted, "upload.broken");
		}
		return (csv == null || csv.isBlank()) ? new Sent(pasted, "bulk.empty") : new Sent(csv, null);
	}

	/**
	 * What an upload form sent.
	 *
	 * @param csv the text, or what was pasted when the file could not be read
	 * @param unreadable message key of why there is nothing to read, else {@code null}
	 */
	public record Sent(String csv, String unreadable) {
	}

	/**
	 * The rows of {@code csv}, or why it cannot be read.
	 * @param optional fields that may be missing from the header
	 */
	public static Table read(String csv, Map<String, List<String>> columns, Set<String> optional, Messages messages) {
		List<Row> rows = new ArrayList<>();
		List<LineError> errors = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setAllowMissingColumnNames(true)
			.get();
		try (CSVParser parser = CSVParser.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv),
				format)) {
			Map<String, String> headerOf = new HashMap<>();
			Set<String> headers = new HashSet<>(parser.getHeaderNames());
			columns.forEach((field, names) -> names.stream()
				.filter(headers::contains)
				.findFirst()
				.ifPresent((header) -> headerOf.put(field, header)));
			List<String> missing = columns.keySet()
				.stream()
				.filter((field) -> !headerOf.containsKey(field) && !optional.contains(field))
				.toList();
			if (!missing.isEmpty()) {
				errors.add(new LineError(1, messages.text("bulk.header", String.join(", ", missing))));
				return new Table(rows, errors);
			}
			for (CSVRecord record : parser) {
				if (rows.size() >= MAX_ROWS) {
					errors.add(new LineError(0, messages.text("bulk.tooMany", MAX_ROWS)));
					return new Table(rows, errors);
				}
				Map<String, String> values = new HashMap<>();
				headerOf.forEach(
						(field, header) -> values.put(field, record.isSet(header) ? record.get(header).strip() : ""));
				rows.add(new Row(parser.getCurrentLineNumber(), values));
			}
		}
		catch (IOException | RuntimeException ex) {
			errors.add(new LineError(0, messages.text("bulk.unreadable")));
		}
		if (rows.isEmpty() && errors.isEmpty()) {
			errors.add(new LineError(0, messages.text("bulk.empty")));
		}
		return new Table(rows, errors);
	}

	/**
	 * What was read.
	 *
	 * @param rows the data rows
	 * @param errors why the file as a whole cannot be taken
	 */
	public record Table(List<Row> rows, List<LineError> errors) {
	}

	/**
	 * One data row.
	 *
	 * @param line its line number in the file (the header is line 1)
	 * @param values by field
	 */
	public record Row(long line, Map<String, String> values) {

		/** The field's value, stripped; empty when absent. */
		public String get(String field) {
			return this.values.getOrDefault(field, "");
		}

	}

	/**
	 * One problem.
	 *
	 * @param line line number in the file (the header is line 1), 0 for the whole file
	 * @param message what is wrong, as a sentence
	 */
	public record LineError(long line, String message) implements Serializable {

		/** The sentence of {@code key} about {@code row}. */
		public static LineError of(Row row, Messages messages, String key, Object... arguments) {
			return new LineError(row.line(), messages.text(key, arguments));
		}

	}

	/**
	 * {@code errors} in line order.
	 */
	public static List<LineError> sorted(List<LineError> errors) {
		return errors.stream().sorted((a, b) -> Long.compare(a.line(), b.line())).toList();
	}

}
