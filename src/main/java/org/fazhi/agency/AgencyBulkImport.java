package org.fazhi.agency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fazhi.system.CsvUpload;
import org.fazhi.system.FieldLimits;
import org.fazhi.system.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies in bulk from CSV: the whole file is checked first, by the same rules as the
 * admin's form and against the other lines (a parent may be in the same file), and either
 * every line is created, each audited as the form's are, or none is.
 */
@Service
class AgencyBulkImport {

	/** Column names accepted for each field, English or Chinese. */
	private static final Map<String, List<String>> COLUMNS = CsvUpload.columns("code:代码:统一社会信用代码", "full_name:全称:机构全称",
			"short_name:简称:机构简称", "level:级别:层级", "parent_code:上级代码:上级机构代码");

	private static final Map<String, AgencyLevel> LEVELS = Map.of("PROVINCE", AgencyLevel.PROVINCE, "省",
			AgencyLevel.PROVINCE, "CITY", AgencyLevel.CITY, "市", AgencyLevel.CITY, "COUNTY", AgencyLevel.COUNTY, "县",
			AgencyLevel.COUNTY, "TOWNSHIP", AgencyLevel.TOWNSHIP, "乡镇", AgencyLevel.TOWNSHIP, "乡", AgencyLevel.TOWNSHIP,
			"镇", AgencyLevel.TOWNSHIP);

	/**
	 * What an upload did.
	 *
	 * @param created agencies created (0 when there were errors)
	 * @param errors problems by line; when not empty nothing was created
	 */
	record Result(int created, List<CsvUpload.LineError> errors) {
	}

	private final AgencyDirectory directory;

	private final AgencyRepository agencies;

	private final AgencyChanges changes;

	private final Messages messages;

	AgencyBulkImport(AgencyDirectory directory, AgencyRepository agencies, AgencyChanges changes, Messages messages) {
		this.directory = directory;
		this.agencies = agencies;
		this.changes = changes;
		this.messages = messages;
	}

	@Transactional
	Result perform(String csv, String actor) {
		CsvUpload.Table table = CsvUpload.read(csv, COLUMNS, Set.of(), this.messages);
		List<CsvUpload.LineError> errors = new ArrayList<>(table.errors());
		Map<String, CsvUpload.Row> inFile = new LinkedHashMap<>();
		Map<String, AgencyLevel> levels = new HashMap<>();
		for (CsvUpload.Row row : table.rows()) {
			String code = code(row, "code");
			AgencyLevel level = level(row);
			if (code.isEmpty()) {
				errors.add(error(row, "bulk.agency.codeMissing"));
			}
			else if (!UnifiedCode.isValid(code)) {
				errors.add(error(row, "bulk.agency.codeFormat", code));
			}
			else if (this.directory.byCode(code).isPresent()) {
				errors.add(error(row, "bulk.agency.codeExists", code));
			}
			else if (inFile.containsKey(code)) {
				errors.add(error(row, "bulk.agency.codeRepeated", code, inFile.get(code).line()));
			}
			else {
				inFile.put(code, row);
				levels.put(code, level);
			}
			checkLength(row, "full_name", FieldLimits.AGENCY_FULL_NAME, errors);
			checkLength(row, "short_name", FieldLimits.AGENCY_SHORT_NAME, errors);
			if (level == null) {
				errors.add(error(row, "bulk.agency.level", row.get("level")));
			}
		}
		for (CsvUpload.Row row : table.rows()) {
			checkParent(row, levels, errors);
		}
		if (!errors.isEmpty()) {
			return new Result(0, CsvUpload.sorted(errors));
		}
		create(inFile, actor);
		return new Result(inFile.size(), List.of());
	}

	private void checkParent(CsvUpload.Row row, Map<String, AgencyLevel> levels, List<CsvUpload.LineError> errors) {
		AgencyLevel level = level(row);
		String parent = code(row, "parent_code");
		if (level == null) {
			return;
		}
		// A parent in this file (its own level may be invalid, then null) or one that
		// already exists.
		AgencyLevel parentLevel = levels.containsKey(parent) ? levels.get(parent)
				: this.directory.byCode(parent).map(AgencyDirectory.Node::level).orElse(null);
		if (parent.isEmpty()) {
			if (level != AgencyLevel.PROVINCE) {
				errors.add(error(row, "bulk.agency.parentMissing"));
			}
		}
		else if (!levels.containsKey(parent) && parentLevel == null) {
			errors.add(error(row, "bulk.agency.parentUnknown", parent));
		}
		else if (parentLevel == null || !AgencyChanges.fitsUnder(level, parentLevel)) {
			errors.add(error(row, "bulk.agency.parentLevel", parent));
		}
	}

	/**
	 * Parents before children, whatever the order of the lines.
	 */
	private void create(Map<String, CsvUpload.Row> inFile, String actor) {
		Map<String, Agency> created = new HashMap<>();
		List<CsvUpload.Row> pending = new ArrayList<>(inFile.values());
		while (!pending.isEmpty()) {
			int before = pending.size();
			pending.removeIf((row) -> {
				String parentCode = code(row, "parent_code");
				Agency parent = parentCode.isEmpty() ? null : created.computeIfAbsent(parentCode, this::existing);
				if (!parentCode.isEmpty() && parent == null) {
					return false;
				}
				String code = code(row, "code");
				created.put(code,
						this.changes.add(actor, code, row.get("full_name"), row.get("short_name"), level(row), parent));
				return true;
			});
			if (pending.size() == before) {
				throw new IllegalStateException("Agency parents form a cycle");
			}
		}
	}

	/**
	 * An agency already in the database, by code: looked up in the in-memory directory
	 * rather than by loading every agency, and referenced without a query.
	 */
	private Agency existing(String code) {
		return this.directory.byCode(code).map((node) -> this.agencies.getReferenceById(node.id())).orElse(null);
	}

	private void checkLength(CsvUpload.Row row, String field, int max, List<CsvUpload.LineError> errors) {
		String value = row.get(field);
		if (value.isEmpty()) {
			errors.add(error(row, "bulk.required", field));
		}
		else if (value.length() > max) {
			errors.add(error(row, "bulk.tooLong", field, max));
		}
	}

	private CsvUpload.LineError error(CsvUpload.Row row, String key, Object... args) {
		return CsvUpload.LineError.of(row, this.messages, key, args);
	}

	private static String code(CsvUpload.Row row, String field) {
		return row.get(field).toUpperCase(Locale.ROOT);
	}

	private static AgencyLevel level(CsvUpload.Row row) {
		return LEVELS.get(row.get("level").toUpperCase(Locale.ROOT));
	}

}
