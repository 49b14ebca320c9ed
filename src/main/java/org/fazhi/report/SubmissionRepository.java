package org.fazhi.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Submissions of an edition; appended at each submission, never changed.
 */
public interface SubmissionRepository extends Repository<Submission, Long> {

	Submission save(Submission submission);

	List<Submission> findByEditionIdOrderByNumberAsc(Long editionId);

	int countByEditionId(Long editionId);

	/**
	 * The first submission time of each of the given editions, as (edition id, time)
	 * rows.
	 */
	@Query("""
			select s.editionId, min(s.submittedAt) from Submission s
			where s.editionId in :editionIds group by s.editionId""")
	List<Object[]> firstSubmissions(Collection<Long> editionIds);

	/**
	 * When each township first sent its report on each year to the county, as (agency id,
	 * year, time) rows, for the county's statistics.
	 */
	@Query("""
			select r.agency.id, r.year, min(s.submittedAt) from Submission s, ReportEdition e join e.report r
			where s.editionId = e.id and r.agency.id in :agencyIds and r.year between :from and :to
			group by r.agency.id, r.year""")
	List<Object[]> firstSubmissionsByAgencyAndYear(Collection<Long> agencyIds, int from, int to);

	/**
	 * Records what is being submitted now as the next submission of the edition, with the
	 * checks as they stand and the clerk's note on what changed.
	 */
	default Submission record(ReportEdition edition, List<Problem> blocking, List<Problem> warnings,
			String changeNote) {
		return save(Submission.of(edition, countByEditionId(edition.getId()) + 1, blocking, warnings, changeNote));
	}

	/**
	 * The latest submission of an edition, if it was ever submitted.
	 */
	Optional<Submission> findFirstByEditionIdOrderByNumberDesc(Long editionId);

}
