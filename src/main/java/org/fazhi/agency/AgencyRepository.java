package org.fazhi.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Agencies by code and by parent.
 */
public interface AgencyRepository extends JpaRepository<Agency, Long> {

	Optional<Agency> findByUnifiedCode(String unifiedCode);

	List<Agency> findByParentIdOrderByIdAsc(Long parentId);

	List<Agency> findByLevelOrderByIdAsc(AgencyLevel level);

	List<Agency> findByParentIsNullOrderByIdAsc();

	/**
	 * Every agency as (id, code, full name, short name, level, parent id), in id order.
	 */
	@Query("select a.id, a.unifiedCode, a.fullName, a.shortName, a.level, p.id from Agency a left join a.parent p order by a.id")
	List<Object[]> findAllForDirectory();

}
