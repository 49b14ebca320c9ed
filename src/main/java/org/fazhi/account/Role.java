package org.fazhi.account;

/**
 * What a user does: a clerk files for a township, a reviewer oversees a county, an admin
 * runs the service.
 */
public enum Role {

	CLERK, REVIEWER, ADMIN;

	String authority() {
		return "ROLE_" + name();
	}

}
