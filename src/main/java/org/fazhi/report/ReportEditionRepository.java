package org.fazhi.report;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Editions, fetched with what their pages need in one query.
 */
public interface ReportEditionRepository extends JpaRepository<ReportEdition, Long> {

	// One collection only: joining the parts and the topics together would send every
	// part's text once per topic. Topics load lazily in one small query.
	@EntityGraph(attributePaths = { "report", "report.agency", "report.agency.parent", "sections" })
	@Query("select e from ReportEdition e where e.id = :id")
	Optional<ReportEdition> findWithSectionsById(Long id);

	@EntityGraph(attributePaths = { "report", "report.agency" })
	List<ReportEdition> findByReportAgencyIdOrderByReportYearDescEditionNumberDesc(Long agencyId);

	@EntityGraph(attributePaths = { "report", "report.agency" })
	@Query("""
			select e from ReportEdition e
			where e.report.agency.parent.id = :countyId and e.state in :states
			order by e.submitted.at asc, e.id asc""")
	List<ReportEdition> findQueueForCounty(Long countyId, Collection<EditionState> states);

	@EntityGraph(attributePaths = { "report", "report.agency" })
	@Query("""
			select e from ReportEdition e where e.state in :states
			order by e.submitted.at asc, e.id asc""")
	List<ReportEdition> findQueue(Collection<EditionState> states);

	@EntityGraph(attributePaths = { "report", "report.agency", "sections" })
	Optional<ReportEdition> findFirstByReportIdAndStateOrderByEditionNumberDesc(Long reportId, EditionState state);

	// Fetch joins, not an entity graph: this query serves every home page view (see the
	// report page's query below).
	@Query("""
			select e from ReportEdition e join fetch e.report r join fetch r.agency
			where e.state = :state
			order by e.published.at desc, e.id desc""")
	List<ReportEdition> findByStateOrderByPublishedAtDescIdDesc(EditionState state, Pageable page);

	@EntityGraph(attributePaths = { "report", "sections" })
	@Query("""
			select e from ReportEdition e
			where e.report.agency.id = :agencyId and e.report.year = :year and e.state = :state
			order by e.editionNumber desc""")
	List<ReportEdition> findByAgencyYearAndState(Long agencyId, int year, EditionState state);

	@Query("select e.id from ReportEdition e where e.state = :state and e.scheduled.at <= :now order by e.scheduled.at")
	List<Long> findDueForPublication(EditionState state, Instant now);

	@EntityGraph(attributePaths = { "report", "report.agency" })
	@Query("""
			select e from ReportEdition e
			where e.report.agency.parent.id = :countyId and e.report.year = :year
			order by e.report.agency.id, e.editionNumber desc""")
	List<ReportEdition> findForCountyAndYear(Long countyId, int year);

	// Fetch joins rather than an entity graph: Hibernate does not cache the SQL it
	// builds for a query with an applied graph (a sixth of a report page's CPU went to
	// rebuilding it), and this query serves every public report page view.
	@Query("""
			select e from ReportEdition e join fetch e.report left join fetch e.sections
			where e.report.id = :reportId
			order by e.editionNumber""")
	List<ReportEdition> findByReportIdOrderByEditionNumberAsc(Long reportId);

	@EntityGraph(attributePaths = { "report", "sections" })
	List<ReportEdition> findByReportAgencyIdAndStateInOrderByReportYearDesc(Long agencyId,
			Collection<EditionState> states);

	long countByReportId(Long reportId);

	/**
	 * The years of an agency's reports that are public now, newest first.
	 */
	@Query("""
			select distinct e.report.year from ReportEdition e
			where e.report.agency.id = :agencyId and e.state = :state
			order by e.report.year desc""")
	List<Integer> findYearsByAgencyAndState(Long agencyId, EditionState state);

	/**
	 * The editions in a state of a county's townships for some years, with their parts:
	 * what the review assistant compares a report with.
	 */
	@Query("""
			select distinct e from ReportEdition e join fetch e.report r join fetch r.agency a
			left join fetch e.sections
			where a.parent.id = :countyId and r.year in :years and e.state = :state""")
	List<ReportEdition> findInCountyByYearsAndState(Long countyId, Collection<Integer> years, EditionState state);

	/**
	 * The ids of the same editions: enough to know whether what was read of them before
	 * still stands, a public edition's text never changing.
	 */
	@Query("""
			select e.id from ReportEdition e join e.report r join r.agency a
			where a.parent.id = :countyId and r.year in :years and e.state = :state order by e.id""")
	List<Long> findIdsInCountyByYearsAndState(Long countyId, Collection<Integer> years, EditionState state);

	/**
	 * When each report of the townships for the years was first made public: township id,
	 * year, first publication (an archived report's is its original date).
	 */
	@Query("""
			select r.agency.id, r.year, min(e.published.at) from ReportEdition e join e.report r
			where r.agency.id in :agencyIds and r.year between :from and :to and e.published.at is not null
			group by r.agency.id, r.year""")
	List<Object[]> findFirstPublications(Collection<Long> agencyIds, int from, int to);

	/**
	 * The editions public now of the townships for the years, with their parts.
	 */
	@Query("""
			select distinct e from ReportEdition e join fetch e.report r left join fetch e.sections
			where r.agency.id in :agencyIds and r.year between :from and :to and e.state = :state""")
	List<ReportEdition> findByAgenciesYearsAndState(Collection<Long> agencyIds, int from, int to, EditionState state);

	/**
	 * The current published edition of an agency's report for a year, if there is one.
	 */
	default Optional<ReportEdition> findPublished(Long agencyId, int year) {
		return findByAgencyYearAndState(agencyId, year, EditionState.PUBLISHED).stream().findFirst();
	}

}
