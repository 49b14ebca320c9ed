package org.fazhi.assistant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PromiseCorrectionRepository extends JpaRepository<PromiseCorrection, Long> {

	List<PromiseCorrection> findByCurrentEditionIdIn(Collection<Long> currentEditionIds);

	Optional<PromiseCorrection> findByPreviousEditionIdAndCurrentEditionIdAndItemDigest(Long previousEditionId,
			Long currentEditionId, String itemDigest);

}
