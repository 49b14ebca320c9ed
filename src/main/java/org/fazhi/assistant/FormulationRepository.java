package org.fazhi.assistant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FormulationRepository extends JpaRepository<Formulation, Long> {

	List<Formulation> findAllByOrderByIdAsc();

	Optional<Formulation> findByWrongForm(String wrongForm);

	/**
	 * What changes whenever the list does (an edit moves the newest time, a removal the
	 * count): every instance compares it before checking.
	 */
	default String stamp() {
		return count() + "/" + newestChange();
	}

	@Query("select max(f.updatedAt) from Formulation f")
	Instant newestChange();

}
