package org.fazhi.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.fazhi.agency.Agency;

/**
 * A person who signs in: a clerk belongs to a township, a reviewer to a county, an admin
 * to no agency.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "agency_id")
	private Agency agency;

	private boolean enabled;

	private Instant createdAt;

	// Set when someone else chose the password (an admin's reset or new account, a bulk
	// import): its owner must choose their own at the next sign-in.
	private boolean mustChangePassword;

	protected UserAccount() {
	}

	public UserAccount(String username, String displayName, String passwordHash, Role role, Agency agency,
			Instant createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.agency = agency;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public Agency getAgency() {
		return this.agency;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	/**
	 * The owner chose this password.
	 * @param hash the new password, already encoded
	 */
	void changePassword(String hash) {
		this.passwordHash = hash;
		this.mustChangePassword = false;
	}

	/**
	 * Someone else chose this password (an admin, an import): the owner must replace it
	 * at the next sign-in.
	 * @param hash the new password, already encoded
	 */
	public void setTemporaryPassword(String hash) {
		this.passwordHash = hash;
		this.mustChangePassword = true;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
