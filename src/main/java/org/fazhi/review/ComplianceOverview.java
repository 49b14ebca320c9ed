package org.fazhi.review;

import java.util.List;
import java.util.Map;

import org.fazhi.agency.Agency;
import org.fazhi.report.ReportingCalendar;
import org.springframework.stereotype.Component;

/**
 * The compliance board as other features may see it (the admin's overview): the counties
 * with townships late for the year that is due.
 */
@Component
public class ComplianceOverview {

	private final ComplianceBoard board;

	private final ReportingCalendar calendar;

	ComplianceOverview(ComplianceBoard board, ReportingCalendar calendar) {
		this.board = board;
		this.calendar = calendar;
	}

	/**
	 * A county with late townships.
	 *
	 * @param countyId the county
	 * @param county its name
	 * @param townships its townships
	 * @param notSubmittedOnTime townships that did not submit by the deadline
	 * @param notPublishedOnTime townships whose report was not public by the deadline
	 */
	public record LateCounty(Long countyId, String county, int townships, int notSubmittedOnTime,
			int notPublishedOnTime) {
	}

	/**
	 * The year that is due and its late counties, worst first.
	 *
	 * @param year the report year
	 * @param counties counties with at least one late township
	 */
	public record Late(int year, List<LateCounty> counties) {
	}

	public Late lateCounties() {
		int year = this.calendar.dueYear();
		ComplianceBoard.RegionBoard region = this.board.region(null, year);
		List<LateCounty> late = region.counties()
			.entrySet()
			.stream()
			.map(ComplianceOverview::late)
			.filter((c) -> c.notSubmittedOnTime() > 0 || c.notPublishedOnTime() > 0)
			.sorted((a, b) -> Integer.compare(b.notSubmittedOnTime() + b.notPublishedOnTime(),
					a.notSubmittedOnTime() + a.notPublishedOnTime()))
			.toList();
		return new Late(year, late);
	}

	private static LateCounty late(Map.Entry<Agency, ComplianceBoard.Counts> entry) {
		ComplianceBoard.Counts counts = entry.getValue();
		return new LateCounty(entry.getKey().getId(), entry.getKey().getFullName(), counts.townships(),
				counts.townships() - counts.submittedOnTime(), counts.townships() - counts.publishedOnTime());
	}

}
