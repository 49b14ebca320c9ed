package org.fazhi.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Reports by agency and year.
 */
public interface ReportRepository extends JpaRepository<Report, Long> {

	Optional<Report> findByAgencyIdAndYear(Long agencyId, int year);

	boolean existsByIndexNumber(String indexNumber);

	List<Report> findByAgencyIdOrderByYearDesc(Long agencyId);

}
