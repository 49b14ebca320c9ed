package org.fazhi.feedback;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SiteErrorReportRepository extends JpaRepository<SiteErrorReport, Long> {

	List<SiteErrorReport> findByCountyIdOrderByStateAscCreatedAtDesc(Long countyId, Pageable page);

	List<SiteErrorReport> findAllByOrderByStateAscCreatedAtDesc(Pageable page);

}
