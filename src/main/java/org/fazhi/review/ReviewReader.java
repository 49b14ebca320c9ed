package org.fazhi.review;

import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionView;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles what the review page shows, inside one read-only transaction.
 */
@Service
class ReviewReader {

	private final EditionAccess access;

	private final PublishEdition publishEdition;

	private final ReportSettings settings;

	ReviewReader(EditionAccess access, PublishEdition publishEdition, ReportSettings settings) {
		this.access = access;
		this.publishEdition = publishEdition;
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	ReviewPage page(CurrentUser reviewer, Long editionId) {
		ReportEdition edition = this.access.forReview(reviewer, editionId);
		// Secrecy is ticked on the form itself, so only the other reasons are shown up
		// front.
		return new ReviewPage(EditionView.of(edition, this.settings.minPartLength()),
				this.publishEdition.failureReasons(reviewer, edition, true));
	}

	/**
	 * The review page's content.
	 *
	 * @param edition the edition under review
	 * @param publishProblems reasons it cannot be published now
	 */
	record ReviewPage(EditionView edition, List<Problem> publishProblems) {
	}

}
