package org.fazhi.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fazhi.agency.UnifiedCode;
import org.fazhi.system.FieldLimits;

/**
 * One new account as an admin types it: the rest (the agency's level fitting the role,
 * the user name being free) is checked by {@link AccountRules}.
 *
 * @param username login name: lower-case letters, digits, dot, dash, underscore
 * @param displayName the person's name as colleagues know it (张三)
 * @param role clerk, reviewer or admin
 * @param agencyCode unified code of the township (clerk) or county (reviewer); empty for
 * an admin
 * @param password a password for the person, or empty to have one generated
 */
record NewUserForm(@NotBlank @Pattern(regexp = AccountRules.USERNAME) String username,
		@NotBlank @Size(max = FieldLimits.DISPLAY_NAME) String displayName, @NotNull Role role,
		@Size(max = UnifiedCode.LENGTH) String agencyCode, @Size(max = FieldLimits.PASSWORD) String password) {

	static NewUserForm blank() {
		return new NewUserForm("", "", Role.CLERK, "", "");
	}

}
