package org.fazhi.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Remarks by edition, oldest first.
 */
public interface ReviewRemarkRepository extends JpaRepository<ReviewRemark, Long> {

	List<ReviewRemark> findByEditionIdOrderByCreatedAtAscIdAsc(Long editionId);

	Optional<ReviewRemark> findFirstByEditionIdAndSectionKindIsNullOrderByCreatedAtDescIdDesc(Long editionId);

	/**
	 * Remarks made on an edition since a time (its last submission): those of the current
	 * review.
	 */
	long countByEditionIdAndCreatedAtGreaterThanEqual(Long editionId, Instant since);

}
