package org.fazhi.assistant;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EditionScoreRepository extends JpaRepository<EditionScore, Long> {

	/**
	 * Public editions not scored yet, oldest first.
	 */
	@Query(value = """
			select e.id from report_edition e
			where e.state = 'PUBLISHED' and not exists (select 1 from edition_score s where s.edition_id = e.id)
			order by e.id limit :limit""", nativeQuery = true)
	List<Long> findUnscored(int limit);

	List<EditionScore> findByEditionIdIn(Collection<Long> editionIds);

}
