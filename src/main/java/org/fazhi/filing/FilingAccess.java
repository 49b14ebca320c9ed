package org.fazhi.filing;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionNotFoundException;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportPolicy;
import org.springframework.stereotype.Component;

/**
 * Loads an edition for its township's clerk, answering "not found" for anyone else so
 * another township's draft is never revealed.
 */
@Component
class FilingAccess {

	private final ReportEditionRepository editions;

	FilingAccess(ReportEditionRepository editions) {
		this.editions = editions;
	}

	ReportEdition edition(CurrentUser clerk, Long editionId) {
		return this.editions.findWithSectionsById(editionId)
			.filter((edition) -> ReportPolicy.mayFile(clerk, edition.getReport().getAgency()))
			.orElseThrow(() -> new EditionNotFoundException(editionId));
	}

}
