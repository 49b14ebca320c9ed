package org.fazhi.report;

import java.time.Instant;

import org.fazhi.account.CurrentUser;
import org.fazhi.account.Role;
import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyLevel;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-level rules as a plain object: townships, counties and four eyes.
 */
class ReportPolicyTests {

	private final Agency county = agency(1L, "11411421005440386B", AgencyLevel.COUNTY, null);

	private final Agency otherCounty = agency(2L, "11410423005604839M", AgencyLevel.COUNTY, null);

	private final Agency township = agency(3L, "11411421MB1951073P", AgencyLevel.TOWNSHIP, this.county);

	private final Agency otherTownship = agency(4L, "11411421MB1950556H", AgencyLevel.TOWNSHIP, this.county);

	private final CurrentUser clerk = user("clerk", Role.CLERK, this.township);

	private final CurrentUser reviewer = user("reviewer", Role.REVIEWER, this.county);

	private final CurrentUser otherReviewer = user("other", Role.REVIEWER, this.otherCounty);

	private final CurrentUser admin = user("admin", Role.ADMIN, null);

	@Test
	void clerkFilesOnlyForTheirOwnTownship() {
		assertThat(ReportPolicy.mayFile(this.clerk, this.township)).isTrue();
		assertThat(ReportPolicy.mayFile(this.clerk, this.otherTownship)).isFalse();
		assertThat(ReportPolicy.mayFile(this.reviewer, this.township)).isFalse();
		assertThat(ReportPolicy.mayFile(this.admin, this.township)).isFalse();
		assertThat(ReportPolicy.mayFile(null, this.township)).isFalse();
	}

	@Test
	void reviewerReviewsOnlyTownshipsOfTheirCounty() {
		assertThat(ReportPolicy.mayReview(this.reviewer, this.township)).isTrue();
		assertThat(ReportPolicy.mayReview(this.reviewer, this.otherTownship)).isTrue();
		assertThat(ReportPolicy.mayReview(this.otherReviewer, this.township)).isFalse();
		assertThat(ReportPolicy.mayReview(this.clerk, this.township)).isFalse();
		assertThat(ReportPolicy.mayReview(this.admin, this.township)).isTrue();
		assertThat(ReportPolicy.mayReview(null, this.township)).isFalse();
	}

	@Test
	void whoeverSubmittedAnEditionNeverPublishesIt() {
		ReportEdition edition = new ReportEdition(new Report(this.township, 2024, "admin", Instant.now()), 1, "t",
				"admin", Instant.now());
		edition.submit("admin", Instant.now());
		assertThat(ReportPolicy.mayPublish(this.admin, edition)).isFalse();
		assertThat(ReportPolicy.mayPublish(this.reviewer, edition)).isTrue();
		assertThat(ReportPolicy.mayPublish(this.otherReviewer, edition)).isFalse();
	}

	@Test
	void unpublishedTextIsForTheTownshipAndItsReviewersOnly() {
		assertThat(ReportPolicy.maySeeUnpublished(this.clerk, this.township)).isTrue();
		assertThat(ReportPolicy.maySeeUnpublished(this.reviewer, this.township)).isTrue();
		assertThat(ReportPolicy.maySeeUnpublished(user("b", Role.CLERK, this.otherTownship), this.township)).isFalse();
		assertThat(ReportPolicy.maySeeUnpublished(this.otherReviewer, this.township)).isFalse();
	}

	private static Agency agency(Long id, String code, AgencyLevel level, Agency parent) {
		Agency agency = new Agency(code, code, code, level, parent);
		ReflectionTestUtils.setField(agency, "id", id);
		return agency;
	}

	private static CurrentUser user(String name, Role role, Agency agency) {
		return new CurrentUser((long) name.hashCode(), name, name, role, (agency != null) ? agency.getId() : null, null,
				true, null);
	}

}
