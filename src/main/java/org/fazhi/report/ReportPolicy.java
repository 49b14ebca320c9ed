package org.fazhi.report;

import java.util.Objects;
import java.util.Optional;

import org.fazhi.account.CurrentUser;
import org.fazhi.account.Role;
import org.fazhi.agency.Agency;

/**
 * Who may do what to a report: the one place object-level rules live. Route-level rules
 * (which role reaches which URL) are in the security configuration; this class decides
 * about a particular agency's report.
 */
public final class ReportPolicy {

	private ReportPolicy() {
	}

	/**
	 * A clerk files only for their own township.
	 */
	public static boolean mayFile(CurrentUser user, Agency township) {
		return user != null && user.is(Role.CLERK) && township.isTownship()
				&& Objects.equals(user.agencyId(), township.getId());
	}

	/**
	 * A reviewer reviews the townships their county oversees; an admin reviews any.
	 */
	public static boolean mayReview(CurrentUser user, Agency township) {
		if (user == null) {
			return false;
		}
		if (user.is(Role.ADMIN)) {
			return true;
		}
		Agency county = township.overseeingCounty();
		return user.is(Role.REVIEWER) && county != null && Objects.equals(user.agencyId(), county.getId());
	}

	/**
	 * The county whose townships a user reviews: a reviewer's own; empty for an admin,
	 * who reviews every county.
	 */
	public static Optional<Long> reviewedCounty(CurrentUser user) {
		return user.is(Role.ADMIN) ? Optional.empty() : Optional.of(user.agencyId());
	}

	/**
	 * Four eyes: whoever submitted an edition never publishes it, even when their role
	 * would allow it.
	 */
	public static boolean mayPublish(CurrentUser user, ReportEdition edition) {
		return mayReview(user, edition.getReport().getAgency())
				&& !Objects.equals(user.getUsername(), edition.getSubmittedBy());
	}

	/**
	 * A county's compliance board (which of its townships filed and published on time):
	 * its own reviewers and admins see it.
	 */
	public static boolean maySeeCountyBoard(CurrentUser user, Long countyId) {
		return user != null && countyId != null
				&& (user.is(Role.ADMIN) || (user.is(Role.REVIEWER) && Objects.equals(user.agencyId(), countyId)));
	}

	/**
	 * Unpublished text is visible to its township's clerk and its reviewers only.
	 */
	public static boolean maySeeUnpublished(CurrentUser user, Agency township) {
		return mayFile(user, township) || mayReview(user, township);
	}

}
