package org.fazhi.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionState;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReviewRemark;
import org.fazhi.report.ReviewRemarkRepository;
import org.fazhi.report.SectionKind;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.system.FieldLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's remark on one part or on the whole edition, kept as its own row and shown
 * to the clerk beside the part it concerns.
 */
@Service
class RemarkOnEdition {

	static final int MAX_REMARK = FieldLimits.REMARK;

	private final EditionAccess access;

	private final ReviewRemarkRepository remarks;

	private final EditionHistory history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RemarkOnEdition(EditionAccess access, ReviewRemarkRepository remarks, EditionHistory history,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.remarks = remarks;
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Why the remark cannot be made: the edition is not awaiting a decision, or the text
	 * (in the part's remark field on the review page) is missing or too long.
	 */
	List<Problem> failureReasons(ReportEdition edition, SectionKind part, String text) {
		List<Problem> problems = new ArrayList<>();
		if (edition.getState() != EditionState.SUBMITTED && edition.getState() != EditionState.SCHEDULED) {
			problems.add(Problem.of("remark.problem.state"));
			return problems;
		}
		problems.addAll(Reasons.check(text, "remark.problem.text", MAX_REMARK,
				"remark-" + ((part != null) ? part.slug() : "overall")));
		return problems;
	}

	@Transactional
	void perform(CurrentUser reviewer, Long editionId, SectionKind part, String text) {
		ReportEdition edition = this.access.forReview(reviewer, editionId);
		List<Problem> problems = failureReasons(edition, part, text);
		if (!problems.isEmpty()) {
			throw new VerbRefusedException(problems);
		}
		this.remarks
			.save(new ReviewRemark(editionId, part, reviewer.getUsername(), text.strip(), this.clock.instant()));
		this.history.transition(reviewer.getUsername(), edition, "REMARK", null, (part != null) ? part.name() : null,
				text.strip());
	}

}
