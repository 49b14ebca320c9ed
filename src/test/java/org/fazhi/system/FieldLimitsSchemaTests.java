package org.fazhi.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.support.PostgresTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field limit fits its column, as Flyway builds the schema on real PostgreSQL: a
 * form that accepts more than the database holds would fail with an error instead of a
 * message. The forms' checks and the pages' {@code maxlength} read the same constants.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(PostgresTestConfiguration.class)
class FieldLimitsSchemaTests {

	/** Each limit and the column (table.column) its value is stored in. */
	private static final Map<String, Integer> COLUMNS = columns();

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyLimitFitsItsColumn() {
		Map<String, String> wrong = new LinkedHashMap<>();
		COLUMNS.forEach((column, limit) -> {
			String[] parts = column.split("\\.");
			List<Integer> widths = this.jdbc.queryForList(
					"select character_maximum_length from information_schema.columns "
							+ "where table_schema = current_schema() and table_name = ? and column_name = ?",
					Integer.class, parts[0], parts[1]);
			assertThat(widths).as(column).hasSize(1);
			Integer width = widths.get(0);
			// Null: a TEXT column, which holds any length.
			if (width != null && limit > width) {
				wrong.put(column, "limit " + limit + " > column " + width);
			}
		});
		assertThat(wrong).isEmpty();
	}

	@Test
	void theTemplatesSeeEveryLimitByName() {
		FieldLimits limits = new FieldLimits();
		assertThat(limits.of("TITLE")).isEqualTo(FieldLimits.TITLE);
		assertThat(limits.of("UNIFIED_CODE")).isEqualTo(FieldLimits.UNIFIED_CODE);
	}

	private static Map<String, Integer> columns() {
		Map<String, Integer> columns = new LinkedHashMap<>();
		columns.put("app_user.username", FieldLimits.USERNAME);
		columns.put("formulation.wrong_form", FieldLimits.FORMULATION);
		columns.put("formulation.right_form", FieldLimits.FORMULATION);
		columns.put("site_error_report.page", FieldLimits.FEEDBACK_PAGE);
		columns.put("site_error_report.description", FieldLimits.FEEDBACK_DESCRIPTION);
		columns.put("site_error_report.contact", FieldLimits.FEEDBACK_CONTACT);
		columns.put("app_user.display_name", FieldLimits.DISPLAY_NAME);
		columns.put("agency.unified_code", FieldLimits.UNIFIED_CODE);
		columns.put("agency.full_name", FieldLimits.AGENCY_FULL_NAME);
		columns.put("agency.short_name", FieldLimits.AGENCY_SHORT_NAME);
		columns.put("topic.name", FieldLimits.TOPIC_NAME);
		columns.put("topic.cues", FieldLimits.TOPIC_CUES);
		columns.put("report_edition.title", FieldLimits.TITLE);
		columns.put("report_edition.addressee", FieldLimits.ADDRESSEE);
		columns.put("report_edition.preamble", FieldLimits.PREAMBLE);
		columns.put("report_edition.signing_agency", FieldLimits.SIGNING_AGENCY);
		columns.put("report_edition.document_number", FieldLimits.DOCUMENT_NUMBER);
		columns.put("report_edition.keywords", FieldLimits.KEYWORDS);
		columns.put("report_edition.correction_note", FieldLimits.CORRECTION_NOTE);
		columns.put("report_edition.withdrawal_reason", FieldLimits.REASON);
		columns.put("report_edition.archived_from", FieldLimits.ARCHIVED_FROM);
		columns.put("report_section.heading", FieldLimits.HEADING);
		columns.put("submission.change_note", FieldLimits.CHANGE_NOTE);
		columns.put("review_remark.body", FieldLimits.REMARK);
		columns.put("review_remark.reply", FieldLimits.REPLY);
		return columns;
	}

}
