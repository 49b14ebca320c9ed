package org.fazhi.report;

import java.util.function.BiPredicate;

import org.fazhi.account.CurrentUser;
import org.fazhi.agency.Agency;
import org.springframework.stereotype.Component;

/**
 * Loads an edition with its parts for a user allowed to act on it under
 * {@link ReportPolicy}; anyone else gets {@link EditionNotFoundException} (404), so
 * another agency's unpublished report is never revealed, not even by a 403.
 */
@Component
public class EditionAccess {

	private final ReportEditionRepository editions;

	EditionAccess(ReportEditionRepository editions) {
		this.editions = editions;
	}

	/**
	 * For the clerk of the edition's township.
	 */
	public ReportEdition forFiling(CurrentUser clerk, Long editionId) {
		return load(clerk, editionId, ReportPolicy::mayFile);
	}

	/**
	 * For a reviewer of the township's county, or an admin.
	 */
	public ReportEdition forReview(CurrentUser reviewer, Long editionId) {
		return load(reviewer, editionId, ReportPolicy::mayReview);
	}

	private ReportEdition load(CurrentUser user, Long editionId, BiPredicate<CurrentUser, Agency> rule) {
		return this.editions.findWithSectionsById(editionId)
			.filter((edition) -> rule.test(user, edition.getReport().getAgency()))
			.orElseThrow(() -> new EditionNotFoundException(editionId));
	}

}
