package org.fazhi.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Agencies by code and by parent.
 */
public interface AgencyRepository extends JpaRepository<Agency, Long> {

	Optional<Agency> findByUnifiedCode(String unifiedCode);

	List<Agency> findByParentIdOrderByIdAsc(Long parentId);

	List<Agency> findByLevelOrderByIdAsc(AgencyLevel level);

	List<Agency> findByParentIsNullOrderByIdAsc();

}
