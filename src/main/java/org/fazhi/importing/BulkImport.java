package org.fazhi.importing;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.fazhi.account.PasswordRules;
import org.fazhi.account.Role;
import org.fazhi.account.UserAccount;
import org.fazhi.account.UserAccountRepository;
import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyDirectory;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.agency.UnifiedCode;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies and users in bulk from CSV: the whole file is checked first and either every
 * line is created or none is, with every problem listed by line. New users get generated
 * passwords (or the ones the admin wrote in the file), which are returned once and never
 * logged.
 */
@Service
public class BulkImport {

	static final int MAX_ROWS = 5000;

	private static final Log logger = LogFactory.getLog(BulkImport.class);

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	/** Column names accepted for each field, English or Chinese. */
	private static final Map<String, List<String>> AGENCY_COLUMNS = columns("code:代码:统一社会信用代码", "full_name:全称:机构全称",
			"short_name:简称:机构简称", "level:级别:层级", "parent_code:上级代码:上级机构代码");

	private static final Map<String, List<String>> USER_COLUMNS = columns("username:用户名:账号", "display_name:姓名:显示名",
			"role:角色", "agency_code:机构代码:所属机构代码", "password:密码");

	private static final Map<String, AgencyLevel> LEVELS = Map.of("PROVINCE", AgencyLevel.PROVINCE, "省",
			AgencyLevel.PROVINCE, "CITY", AgencyLevel.CITY, "市", AgencyLevel.CITY, "COUNTY", AgencyLevel.COUNTY, "县",
			AgencyLevel.COUNTY, "TOWNSHIP", AgencyLevel.TOWNSHIP, "乡镇", AgencyLevel.TOWNSHIP, "乡", AgencyLevel.TOWNSHIP,
			"镇", AgencyLevel.TOWNSHIP);

	private static final Map<String, Role> ROLES = Map.of("CLERK", Role.CLERK, "填报员", Role.CLERK, "REVIEWER",
			Role.REVIEWER, "审核员", Role.REVIEWER, "ADMIN", Role.ADMIN, "管理员", Role.ADMIN);

	/**
	 * What a bulk upload did.
	 *
	 * @param created lines created (0 when there were errors)
	 * @param errors problems by line; when not empty nothing was created
	 * @param passwords passwords of new users, to be shown once
	 */
	public record Result(int created, List<LineError> errors, List<NewPassword> passwords) implements Serializable {

		public boolean ok() {
			return this.errors.isEmpty();
		}

	}

	/**
	 * One problem.
	 *
	 * @param line line number in the file (the header is line 1), 0 for the whole file
	 * @param message what is wrong, as a sentence
	 */
	public record LineError(long line, String message) implements Serializable {
	}

	/**
	 * A new user's password.
	 *
	 * @param username the user name
	 * @param displayName the person's name
	 * @param password the password, or {@code null} when the admin set it in the file
	 */
	public record NewPassword(String username, String displayName, String password) implements Serializable {
	}

	private final AgencyRepository agencies;

	private final AgencyDirectory directory;

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final ImportMessages messages;

	private final Clock clock;

	BulkImport(AgencyRepository agencies, AgencyDirectory directory, UserAccountRepository accounts,
			PasswordEncoder encoder, ImportMessages messages, Clock clock) {
		this.agencies = agencies;
		this.directory = directory;
		this.accounts = accounts;
		this.encoder = encoder;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public Result agencies(String csv, String actor) {
		List<LineError> errors = new ArrayList<>();
		List<Row> rows = rows(csv, AGENCY_COLUMNS, errors);
		Map<String, Row> inFile = new LinkedHashMap<>();
		Map<String, AgencyLevel> levels = new HashMap<>();
		for (Row row : rows) {
			String code = row.get("code").toUpperCase(Locale.ROOT);
			AgencyLevel level = row.level();
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
				errors.add(error(row, "bulk.agency.codeRepeated", code, inFile.get(code).line));
			}
			else {
				inFile.put(code, row);
				levels.put(code, level);
			}
			checkLength(row, "full_name", 100, errors);
			checkLength(row, "short_name", 50, errors);
			if (level == null) {
				errors.add(error(row, "bulk.agency.level", row.get("level")));
			}
		}
		for (Row row : rows) {
			AgencyLevel level = row.level();
			String parent = row.get("parent_code").toUpperCase(Locale.ROOT);
			if (level == null) {
				continue;
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
			else if (parentLevel == null || parentLevel.ordinal() >= level.ordinal()) {
				errors.add(error(row, "bulk.agency.parentLevel", parent));
			}
		}
		if (!errors.isEmpty()) {
			return new Result(0, sorted(errors), List.of());
		}
		// Parents before children, whatever the order of the lines.
		Map<String, Agency> created = new HashMap<>();
		List<Row> pending = new ArrayList<>(inFile.values());
		while (!pending.isEmpty()) {
			int before = pending.size();
			pending.removeIf((row) -> {
				String parentCode = row.get("parent_code").toUpperCase(Locale.ROOT);
				Agency parent = parentCode.isEmpty() ? null : created.computeIfAbsent(parentCode, this::existing);
				if (!parentCode.isEmpty() && parent == null) {
					return false;
				}
				String code = row.get("code").toUpperCase(Locale.ROOT);
				created.put(code, this.agencies
					.save(new Agency(code, row.get("full_name"), row.get("short_name"), row.level(), parent)));
				return true;
			});
			if (pending.size() == before) {
				throw new IllegalStateException("Agency parents form a cycle");
			}
		}
		logger.info(actor + " created " + inFile.size() + " agencies from CSV");
		return new Result(inFile.size(), List.of(), List.of());
	}

	@Transactional
	public Result users(String csv, String actor) {
		List<LineError> errors = new ArrayList<>();
		List<Row> rows = rows(csv, USER_COLUMNS, errors);
		Map<String, Long> inFile = new HashMap<>();
		Set<String> taken = new HashSet<>(this.accounts.findAllUsernames());
		for (Row row : rows) {
			String username = row.get("username").toLowerCase(Locale.ROOT);
			if (!USERNAME.matcher(username).matches()) {
				errors.add(error(row, "bulk.user.username", row.get("username")));
			}
			else if (inFile.containsKey(username)) {
				errors.add(error(row, "bulk.user.usernameRepeated", username, inFile.get(username)));
			}
			else if (taken.contains(username)) {
				errors.add(error(row, "bulk.user.usernameExists", username));
			}
			inFile.putIfAbsent(username, row.line);
			checkLength(row, "display_name", 64, errors);
			Role role = ROLES.get(row.get("role").toUpperCase(Locale.ROOT));
			String code = row.get("agency_code").toUpperCase(Locale.ROOT);
			AgencyDirectory.Node agency = this.directory.byCode(code).orElse(null);
			if (role == null) {
				errors.add(error(row, "bulk.user.role", row.get("role")));
			}
			else if (role == Role.ADMIN) {
				if (!code.isEmpty()) {
					errors.add(error(row, "bulk.user.adminAgency"));
				}
			}
			else if (code.isEmpty()) {
				errors.add(error(row, "bulk.user.agencyMissing"));
			}
			else if (agency == null) {
				errors.add(error(row, "bulk.user.agencyUnknown", code));
			}
			else if (role == Role.CLERK && agency.level() != AgencyLevel.TOWNSHIP) {
				errors.add(error(row, "bulk.user.clerkAgency", agency.fullName()));
			}
			else if (role == Role.REVIEWER && agency.level() != AgencyLevel.COUNTY) {
				errors.add(error(row, "bulk.user.reviewerAgency", agency.fullName()));
			}
			String password = row.get("password");
			if (!password.isEmpty()) {
				PasswordRules.problem(username, password)
					.ifPresent((problem) -> errors.add(error(row, "bulk.user.password", this.messages.text(problem))));
			}
		}
		if (!errors.isEmpty()) {
			return new Result(0, sorted(errors), List.of());
		}
		Instant now = this.clock.instant();
		List<NewPassword> passwords = new ArrayList<>();
		for (Row row : rows) {
			String username = row.get("username").toLowerCase(Locale.ROOT);
			String given = row.get("password");
			String password = given.isEmpty() ? PasswordRules.generate() : given;
			Role role = ROLES.get(row.get("role").toUpperCase(Locale.ROOT));
			Agency agency = (role == Role.ADMIN) ? null : existing(row.get("agency_code").toUpperCase(Locale.ROOT));
			this.accounts.save(new UserAccount(username, row.get("display_name"), this.encoder.encode(password), role,
					agency, now));
			passwords.add(new NewPassword(username, row.get("display_name"), given.isEmpty() ? password : null));
		}
		// Names only: a password never reaches a log.
		logger.info(actor + " created " + rows.size() + " users from CSV");
		return new Result(rows.size(), List.of(), passwords);
	}

	/**
	 * An agency already in the database, by code: looked up in the in-memory directory
	 * rather than by loading every agency, and referenced without a query.
	 */
	private Agency existing(String code) {
		return this.directory.byCode(code).map((node) -> this.agencies.getReferenceById(node.id())).orElse(null);
	}

	private List<Row> rows(String csv, Map<String, List<String>> columns, List<LineError> errors) {
		List<Row> rows = new ArrayList<>();
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
				.filter((field) -> !headerOf.containsKey(field) && !"password".equals(field))
				.toList();
			if (!missing.isEmpty()) {
				errors.add(new LineError(1, this.messages.text("bulk.header", String.join(", ", missing))));
				return rows;
			}
			for (CSVRecord record : parser) {
				if (rows.size() >= MAX_ROWS) {
					errors.add(new LineError(0, this.messages.text("bulk.tooMany", MAX_ROWS)));
					return rows;
				}
				Map<String, String> values = new HashMap<>();
				headerOf.forEach(
						(field, header) -> values.put(field, record.isSet(header) ? record.get(header).strip() : ""));
				rows.add(new Row(parser.getCurrentLineNumber(), values));
			}
		}
		catch (IOException | RuntimeException ex) {
			errors.add(new LineError(0, this.messages.text("bulk.unreadable")));
		}
		if (rows.isEmpty() && errors.isEmpty()) {
			errors.add(new LineError(0, this.messages.text("bulk.empty")));
		}
		return rows;
	}

	private void checkLength(Row row, String field, int max, List<LineError> errors) {
		String value = row.get(field);
		if (value.isEmpty()) {
			errors.add(error(row, "bulk.required", field));
		}
		else if (value.length() > max) {
			errors.add(error(row, "bulk.tooLong", field, max));
		}
	}

	private LineError error(Row row, String key, Object... args) {
		return new LineError(row.line, this.messages.text(key, args));
	}

	private static List<LineError> sorted(List<LineError> errors) {
		return errors.stream().sorted((a, b) -> Long.compare(a.line(), b.line())).toList();
	}

	private static Map<String, List<String>> columns(String... specs) {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		for (String spec : specs) {
			List<String> names = List.of(spec.split(":"));
			columns.put(names.get(0), names);
		}
		return columns;
	}

	private record Row(long line, Map<String, String> values) {

		String get(String field) {
			return Optional.ofNullable(this.values.get(field)).orElse("");
		}

		AgencyLevel level() {
			return LEVELS.get(get("level").toUpperCase(Locale.ROOT));
		}

	}

}
