package org.fazhi.account;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.system.CsvUpload;
import org.fazhi.system.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users in bulk from CSV: every line is checked by {@link AccountRules}, as the admin's
 * form is, and against the other lines; then either every account is created through
 * {@link AccountChanges} (audited, with a password to change at first sign-in) or none
 * is. Generated passwords are returned once and never logged.
 */
@Service
class UserBulkImport {

	/** Column names accepted for each field, English or Chinese. */
	private static final Map<String, List<String>> COLUMNS = CsvUpload.columns("username:用户名:账号", "display_name:姓名:显示名",
			"role:角色", "agency_code:机构代码:所属机构代码", "password:密码");

	private static final Map<String, Role> ROLES = Map.of("CLERK", Role.CLERK, "填报员", Role.CLERK, "REVIEWER",
			Role.REVIEWER, "审核员", Role.REVIEWER, "ADMIN", Role.ADMIN, "管理员", Role.ADMIN);

	/**
	 * What an upload did.
	 *
	 * @param created accounts created (0 when there were errors)
	 * @param errors problems by line; when not empty nothing was created
	 * @param passwords passwords of new users, to be shown once
	 */
	record Result(int created, List<CsvUpload.LineError> errors, List<NewPassword> passwords) implements Serializable {
	}

	/**
	 * A new user's password.
	 *
	 * @param username the user name
	 * @param displayName the person's name
	 * @param password the password, or {@code null} when the admin set it in the file
	 */
	record NewPassword(String username, String displayName, String password) implements Serializable {
	}

	private final UserAccountRepository accounts;

	private final AgencyRepository agencies;

	private final AccountChanges changes;

	private final Messages messages;

	UserBulkImport(UserAccountRepository accounts, AgencyRepository agencies, AccountChanges changes,
			Messages messages) {
		this.accounts = accounts;
		this.agencies = agencies;
		this.changes = changes;
		this.messages = messages;
	}

	@Transactional
	Result perform(String csv, CurrentUser admin) {
		CsvUpload.Table table = CsvUpload.read(csv, COLUMNS, Set.of("password"), this.messages);
		List<CsvUpload.LineError> errors = new ArrayList<>(table.errors());
		Map<String, Long> inFile = new HashMap<>();
		Set<String> taken = new HashSet<>(this.accounts.findAllUsernames());
		Map<String, Optional<Agency>> agencyByCode = new HashMap<>();
		for (CsvUpload.Row row : table.rows()) {
			String username = username(row);
			if (inFile.containsKey(username)) {
				errors.add(error(row, "bulk.user.usernameRepeated", username, inFile.get(username)));
			}
			inFile.putIfAbsent(username, row.line());
			Role role = role(row);
			if (role == null) {
				errors.add(error(row, "bulk.user.role", row.get("role")));
			}
			String code = agencyCode(row);
			Optional<Agency> agency = agencyByCode.computeIfAbsent(code,
					(c) -> c.isEmpty() ? Optional.empty() : this.agencies.findByUnifiedCode(c));
			if (role != null && role != Role.ADMIN && !code.isEmpty() && agency.isEmpty()) {
				errors.add(error(row, "bulk.user.agencyUnknown", code));
				continue;
			}
			String password = row.get("password");
			for (AccountRules.Problem problem : AccountRules.problems(username, row.get("display_name"), role,
					taken.contains(username), agency, !code.isEmpty(), password.isEmpty() ? null : password)) {
				errors.add(error(row, problem.code(), problem.argument()));
			}
		}
		if (!errors.isEmpty()) {
			return new Result(0, CsvUpload.sorted(errors), List.of());
		}
		List<NewPassword> passwords = new ArrayList<>();
		for (CsvUpload.Row row : table.rows()) {
			String given = row.get("password");
			String password = given.isEmpty() ? PasswordRules.generate() : given;
			Role role = role(row);
			Agency agency = (role == Role.ADMIN) ? null : agencyByCode.get(agencyCode(row)).orElseThrow();
			this.changes.add(admin.getUsername(), username(row), row.get("display_name"), role, agency, password);
			passwords.add(new NewPassword(username(row), row.get("display_name"), given.isEmpty() ? password : null));
		}
		return new Result(table.rows().size(), List.of(), passwords);
	}

	private CsvUpload.LineError error(CsvUpload.Row row, String key, Object... args) {
		return CsvUpload.LineError.of(row, this.messages, key, args);
	}

	private static String username(CsvUpload.Row row) {
		return row.get("username").toLowerCase(Locale.ROOT);
	}

	private static String agencyCode(CsvUpload.Row row) {
		return row.get("agency_code").toUpperCase(Locale.ROOT);
	}

	private static Role role(CsvUpload.Row row) {
		return ROLES.get(row.get("role").toUpperCase(Locale.ROOT));
	}

}
