package org.fazhi.review;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import org.fazhi.agency.Agency;

/**
 * The compliance board as CSV (RFC 4180), headings from the message bundle.
 */
final class ComplianceCsv {

	private ComplianceCsv() {
	}

	static String county(ComplianceBoard.CountyBoard board, Function<String, String> text) {
		StringBuilder csv = new StringBuilder();
		line(csv, text.apply("compliance.col.township"), text.apply("compliance.col.code"),
				text.apply("compliance.col.status"), text.apply("compliance.col.submitted"),
				text.apply("compliance.col.submissionDue"), text.apply("compliance.col.submissionLate"),
				text.apply("compliance.col.published"), text.apply("compliance.col.publicationDue"),
				text.apply("compliance.col.publicationLate"));
		for (ComplianceBoard.Row row : board.rows()) {
			line(csv, row.township(), row.code(), text.apply("compliance.status." + row.status()),
					date(row.firstSubmitted()), date(board.submissionDue()), yesNo(row.submissionLate(), text),
					date(row.firstPublished()), date(board.publicationDue()), yesNo(row.publicationLate(), text));
		}
		return csv.toString();
	}

	static String region(ComplianceBoard.RegionBoard board, Function<String, String> text) {
		StringBuilder csv = new StringBuilder();
		line(csv, text.apply("compliance.col.county"), text.apply("compliance.col.code"),
				text.apply("compliance.col.townships"), text.apply("compliance.col.submittedCount"),
				text.apply("compliance.col.submittedOnTime"), text.apply("compliance.col.publishedCount"),
				text.apply("compliance.col.publishedOnTime"));
		for (Map.Entry<Agency, ComplianceBoard.Counts> entry : board.counties().entrySet()) {
			ComplianceBoard.Counts c = entry.getValue();
			line(csv, entry.getKey().getFullName(), entry.getKey().getUnifiedCode(), Integer.toString(c.townships()),
					Integer.toString(c.submitted()), Integer.toString(c.submittedOnTime()),
					Integer.toString(c.published()), Integer.toString(c.publishedOnTime()));
		}
		return csv.toString();
	}

	private static String yesNo(boolean late, Function<String, String> text) {
		return text.apply(late ? "compliance.late" : "compliance.onTime");
	}

	private static String date(LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

	private static void line(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(escape(cells[i]));
		}
		csv.append("\r\n");
	}

	/**
	 * Quotes cells that need it, and defuses cells a spreadsheet would run as a formula.
	 */
	static String escape(String cell) {
		String value = (cell == null) ? "" : cell;
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			value = "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
