package org.fazhi.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the rest of the application sees it. Serializable and free of JPA
 * state because Spring Session stores it in the database between requests; the password
 * hash is erased once sign-in has checked it.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final Long agencyId;

	private final String agencyName;

	private final boolean enabled;

	private String passwordHash;

	// Added after the first release: sessions stored before it read as false.
	private final boolean mustChangePassword;

	public CurrentUser(Long id, String username, String displayName, Role role, Long agencyId, String agencyName,
			boolean enabled, String passwordHash) {
		this(id, username, displayName, role, agencyId, agencyName, enabled, passwordHash, false);
	}

	public CurrentUser(Long id, String username, String displayName, Role role, Long agencyId, String agencyName,
			boolean enabled, String passwordHash, boolean mustChangePassword) {
		this.mustChangePassword = mustChangePassword;
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.agencyId = agencyId;
		this.agencyName = agencyName;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	static CurrentUser of(UserAccount account) {
		return new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				(account.getAgency() != null) ? account.getAgency().getId() : null,
				(account.getAgency() != null) ? account.getAgency().getFullName() : null, account.isEnabled(),
				account.getPasswordHash(), account.isMustChangePassword());
	}

	/**
	 * Whether the user must replace a password someone else chose before doing anything
	 * else.
	 */
	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	/**
	 * The same user once they have chosen their own password.
	 */
	CurrentUser withOwnPassword() {
		return new CurrentUser(this.id, this.username, this.displayName, this.role, this.agencyId, this.agencyName,
				this.enabled, null, false);
	}

	public Long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	/**
	 * The user's township (clerk) or county (reviewer); {@code null} for an admin.
	 */
	public Long agencyId() {
		return this.agencyId;
	}

	public String agencyName() {
		return this.agencyName;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
