package org.fazhi.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * User accounts by username.
 */
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@EntityGraph(attributePaths = { "agency", "agency.parent" })
	Optional<UserAccount> findByUsername(String username);

	boolean existsByRole(Role role);

	@Query("select u.username from UserAccount u")
	List<String> findAllUsernames();

	/**
	 * Every account as (user name, display name).
	 */
	@Query("select u.username, u.displayName from UserAccount u")
	List<Object[]> findAllNames();

	@Query("select u from UserAccount u left join fetch u.agency")
	List<UserAccount> findAllWithAgency();

	List<UserAccount> findByAgencyIdAndRoleAndEnabledTrue(Long agencyId, Role role);

	List<UserAccount> findByRoleAndEnabledTrue(Role role);

}
