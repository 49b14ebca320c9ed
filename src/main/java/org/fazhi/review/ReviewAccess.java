package org.fazhi.review;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionNotFoundException;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportPolicy;
import org.springframework.stereotype.Component;

/**
 * Loads an edition for a reviewer of its county (or an admin); anyone else gets 404.
 */
@Component
class ReviewAccess {

	private final ReportEditionRepository editions;

	ReviewAccess(ReportEditionRepository editions) {
		this.editions = editions;
	}

	ReportEdition edition(CurrentUser reviewer, Long editionId) {
		return this.editions.findWithSectionsById(editionId)
			.filter((edition) -> ReportPolicy.mayReview(reviewer, edition.getReport().getAgency()))
			.orElseThrow(() -> new EditionNotFoundException(editionId));
	}

}
