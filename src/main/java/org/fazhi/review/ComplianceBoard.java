package org.fazhi.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.report.Deadlines;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.SubmissionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has submitted and published on time: every township of a county for a report year,
 * and counties aggregated for a city or province.
 */
@Service
class ComplianceBoard {

	private final AgencyRepository agencies;

	private final ReportEditionRepository editions;

	private final SubmissionRepository submissions;

	private final Deadlines deadlines;

	private final Clock clock;

	ComplianceBoard(AgencyRepository agencies, ReportEditionRepository editions, SubmissionRepository submissions,
			Deadlines deadlines, Clock clock) {
		this.agencies = agencies;
		this.editions = editions;
		this.submissions = submissions;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	/**
	 * Where a township's report stands in the year's cycle.
	 */
	enum Status {

		NOT_STARTED, DRAFTING, SUBMITTED, RETURNED, SCHEDULED, PUBLISHED, WITHDRAWN

	}

	/**
	 * One township's line on the board.
	 *
	 * @param townshipId township
	 * @param township its full name
	 * @param code its unified code
	 * @param status where its report stands
	 * @param editionId the current edition, if any
	 * @param firstSubmitted first submission of the report
	 * @param firstPublished first publication of the report
	 * @param submissionLate submitted after the deadline, or not submitted and past it
	 * @param publicationLate published after the deadline, or not published and past it
	 */
	record Row(Long townshipId, String township, String code, Status status, Long editionId, LocalDate firstSubmitted,
			LocalDate firstPublished, boolean submissionLate, boolean publicationLate) {
	}

	/**
	 * Counts for a county (or summed over a region).
	 *
	 * @param townships number of townships
	 * @param submitted townships that have submitted
	 * @param submittedOnTime of those, submitted by the deadline
	 * @param published townships whose report is public
	 * @param publishedOnTime of those, published by the deadline
	 */
	record Counts(int townships, int submitted, int submittedOnTime, int published, int publishedOnTime) {

		static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

		Counts plus(Counts other) {
			return new Counts(this.townships + other.townships, this.submitted + other.submitted,
					this.submittedOnTime + other.submittedOnTime, this.published + other.published,
					this.publishedOnTime + other.publishedOnTime);
		}

		public int submittedOnTimeRate() {
			return percent(this.submittedOnTime, this.townships);
		}

		public int publishedOnTimeRate() {
			return percent(this.publishedOnTime, this.townships);
		}

		private static int percent(int part, int whole) {
			return (whole == 0) ? 0 : Math.round(100f * part / whole);
		}

	}

	/**
	 * The board of one county.
	 *
	 * @param county the county
	 * @param year report year
	 * @param submissionDue the county's submission deadline for that year
	 * @param publicationDue the publication deadline
	 * @param rows one line per township
	 * @param counts totals
	 */
	record CountyBoard(Agency county, int year, LocalDate submissionDue, LocalDate publicationDue, List<Row> rows,
			Counts counts) {
	}

	/**
	 * A region's board: each county below it with its counts.
	 *
	 * @param region the city or province (or null for the whole country)
	 * @param year report year
	 * @param counties counts per county, in tree order
	 * @param total totals over all of them
	 */
	record RegionBoard(Agency region, int year, Map<Agency, Counts> counties, Counts total) {
	}

	@Transactional(readOnly = true)
	CountyBoard county(Long countyId, int year) {
		Agency county = this.agencies.findById(countyId).orElseThrow();
		List<Agency> townships = this.agencies.findByParentIdOrderByIdAsc(countyId);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate publicationDue = this.deadlines.publicationDue(year);
		LocalDate submissionDue = townships.isEmpty() ? this.deadlines.submissionDue(county, year)
				: this.deadlines.submissionDue(townships.get(0), year);

		// Newest edition first per township: the first seen is the current one.
		Map<Long, ReportEdition> current = new LinkedHashMap<>();
		Map<Long, Long> firstEdition = new HashMap<>();
		for (ReportEdition e : this.editions.findForCountyAndYear(countyId, year)) {
			Long township = e.getReport().getAgency().getId();
			current.putIfAbsent(township, e);
			firstEdition.put(township, e.getId());
		}
		Map<Long, LocalDate> firstSubmitted = new HashMap<>();
		if (!firstEdition.isEmpty()) {
			for (Object[] row : this.submissions.firstSubmissions(firstEdition.values())) {
				firstSubmitted.put((Long) row[0], date((Instant) row[1]));
			}
		}
		List<Row> rows = new ArrayList<>();
		Counts counts = Counts.ZERO;
		for (Agency township : townships) {
			ReportEdition edition = current.get(township.getId());
			Status status = status(edition);
			LocalDate submitted = (edition != null) ? firstSubmitted.get(firstEdition.get(township.getId())) : null;
			LocalDate published = (edition != null) ? date(edition.getReport().getFirstPublishedAt()) : null;
			boolean submissionLate = Deadlines.isLate(submitted, submissionDue, today);
			boolean publicationLate = Deadlines.isLate(published, publicationDue, today);
			rows.add(new Row(township.getId(), township.getFullName(), township.getUnifiedCode(), status,
					(edition != null) ? edition.getId() : null, submitted, published, submissionLate, publicationLate));
			counts = counts
				.plus(new Counts(1, (submitted != null) ? 1 : 0, (submitted != null && !submissionLate) ? 1 : 0,
						(published != null) ? 1 : 0, (published != null && !publicationLate) ? 1 : 0));
		}
		return new CountyBoard(county, year, submissionDue, publicationDue, rows, counts);
	}

	/**
	 * Counts for every county below {@code region} (the whole tree when it is null).
	 */
	@Transactional(readOnly = true)
	RegionBoard region(Long regionId, int year) {
		Agency region = (regionId != null) ? this.agencies.findById(regionId).orElseThrow() : null;
		List<Agency> counties = new ArrayList<>();
		List<Agency> roots = (region != null) ? List.of(region) : this.agencies.findByParentIsNullOrderByIdAsc();
		roots.forEach((root) -> collectCounties(root, counties));
		Map<Agency, Counts> byCounty = new LinkedHashMap<>();
		Counts total = Counts.ZERO;
		for (Agency county : counties) {
			Counts counts = county(county.getId(), year).counts();
			byCounty.put(county, counts);
			total = total.plus(counts);
		}
		return new RegionBoard(region, year, byCounty, total);
	}

	@Transactional
	void setDeadline(Long countyId, MonthDay deadline) {
		Agency county = this.agencies.findById(countyId).orElseThrow();
		county.setSubmissionDeadline(deadline);
	}

	@Transactional(readOnly = true)
	boolean isCounty(Long agencyId) {
		return this.agencies.findById(agencyId).map((a) -> a.getLevel() == AgencyLevel.COUNTY).orElse(false);
	}

	private void collectCounties(Agency agency, List<Agency> counties) {
		if (agency.getLevel() == AgencyLevel.COUNTY) {
			counties.add(agency);
		}
		else if (agency.getLevel() != AgencyLevel.TOWNSHIP) {
			this.agencies.findByParentIdOrderByIdAsc(agency.getId())
				.forEach((child) -> collectCounties(child, counties));
		}
	}

	private static Status status(ReportEdition edition) {
		if (edition == null) {
			return Status.NOT_STARTED;
		}
		if (edition.isCorrection() && edition.getState().isOpen()) {
			// A correction in progress: the report itself is public.
			return Status.PUBLISHED;
		}
		return switch (edition.getState()) {
			case DRAFT -> Status.DRAFTING;
			case SUBMITTED -> Status.SUBMITTED;
			case RETURNED -> Status.RETURNED;
			case SCHEDULED -> Status.SCHEDULED;
			case PUBLISHED, SUPERSEDED -> Status.PUBLISHED;
			case WITHDRAWN -> Status.WITHDRAWN;
			case DISCARDED -> Status.NOT_STARTED;
		};
	}

	private LocalDate date(Instant instant) {
		return (instant != null) ? LocalDate.ofInstant(instant, this.clock.getZone()) : null;
	}

}
