package org.fazhi.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.system.FieldLimits;

/**
 * What a new account must satisfy, whichever way it is created (the admin's form or a
 * bulk import): a free, well-formed user name, a name, and an agency whose level fits the
 * role — a clerk belongs to a township, a reviewer to a county, an admin to none.
 */
public final class AccountRules {

	/** Login names: lower case, so that 张三's "Zhangsan" and "zhangsan" are one. */
	public static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";

	/** Longest display name (the column's width). */
	public static final int MAX_NAME = FieldLimits.DISPLAY_NAME;

	private AccountRules() {
	}

	/**
	 * One thing wrong with a new account.
	 *
	 * @param field the form field it concerns
	 * @param code message key
	 * @param argument message argument, or {@code null}
	 */
	public record Problem(String field, String code, Object argument) {
	}

	/**
	 * What is wrong with a new account, all at once.
	 * @param taken whether the user name is already in use
	 * @param agency the agency named, if it exists
	 * @param agencyGiven whether an agency code was given at all
	 * @param password the password chosen, or {@code null} to generate one
	 */
	public static List<Problem> problems(String username, String displayName, Role role, boolean taken,
			Optional<Agency> agency, boolean agencyGiven, String password) {
		List<Problem> problems = new ArrayList<>();
		if (username == null || !username.matches(USERNAME)) {
			problems.add(new Problem("username", "account.problem.username", null));
		}
		else if (taken) {
			problems.add(new Problem("username", "account.problem.taken", username));
		}
		if (displayName == null || displayName.isBlank() || displayName.strip().length() > MAX_NAME) {
			problems.add(new Problem("displayName", "account.problem.displayName", MAX_NAME));
		}
		if (role == Role.ADMIN) {
			if (agencyGiven) {
				problems.add(new Problem("agencyCode", "account.problem.adminAgency", null));
			}
		}
		else if (role != null) {
			AgencyLevel expected = (role == Role.CLERK) ? AgencyLevel.TOWNSHIP : AgencyLevel.COUNTY;
			if (agency.isEmpty()) {
				problems.add(new Problem("agencyCode", "account.problem.agency", null));
			}
			else if (agency.get().getLevel() != expected) {
				problems.add(new Problem("agencyCode",
						(role == Role.CLERK) ? "account.problem.clerkAgency" : "account.problem.reviewerAgency",
						agency.get().getFullName()));
			}
		}
		if (password != null && !password.isEmpty()) {
			PasswordRules.problem(username, password)
				.ifPresent((code) -> problems.add(new Problem("password", code, null)));
		}
		return problems;
	}

}
