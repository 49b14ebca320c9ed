package org.fazhi.report;

import java.time.LocalDate;
import java.time.MonthDay;

import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Submission and publication deadlines, with a county's own setting.
 */
class DeadlinesTests {

	private final Deadlines deadlines = new Deadlines("03-01", "04-01");

	@Test
	void defaultsAreFirstMarchAndBeforeFirstAprilOfTheFollowingYear() {
		Agency county = new Agency("11411421005440386B", "民权县人民政府", "民权县", AgencyLevel.COUNTY, null);
		Agency township = new Agency("11411421MB1951073P", "程庄镇人民政府", "程庄镇", AgencyLevel.TOWNSHIP, county);
		assertThat(this.deadlines.submissionDue(township, 2024)).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(this.deadlines.publicationDue(2024)).isEqualTo(LocalDate.of(2025, 3, 31));
	}

	@Test
	void aCountyMaySetItsOwnSubmissionDeadline() {
		Agency county = new Agency("11411421005440386B", "民权县人民政府", "民权县", AgencyLevel.COUNTY, null);
		county.setSubmissionDeadline(MonthDay.of(2, 15));
		Agency township = new Agency("11411421MB1951073P", "程庄镇人民政府", "程庄镇", AgencyLevel.TOWNSHIP, county);
		assertThat(this.deadlines.submissionDue(township, 2024)).isEqualTo(LocalDate.of(2025, 2, 15));
	}

	@Test
	void malformedSettingsAreRefusedAtStart() {
		assertThatException().isThrownBy(() -> new Deadlines("3-1", "04-01"));
	}

}
