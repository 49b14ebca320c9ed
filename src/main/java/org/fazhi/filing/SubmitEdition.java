package org.fazhi.filing;

import java.time.Clock;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEvent;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.Submission;
import org.fazhi.report.SubmissionChecks;
import org.fazhi.report.Submissions;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.system.FieldLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submit: the clerk sends a complete draft (or a returned edition) to the county. The
 * edition is frozen from then on, and what was sent is kept as an immutable submission
 * for the reviewer's diff.
 */
@Service
class SubmitEdition {

	/** Longest 修改说明. */
	static final int MAX_CHANGE_NOTE = FieldLimits.CHANGE_NOTE;

	private final EditionAccess access;

	private final SubmissionChecks checks;

	private final Submissions submissions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SubmitEdition(EditionAccess access, SubmissionChecks checks, Submissions submissions, Clock clock,
			ApplicationEventPublisher events) {
		this.access = access;
		this.checks = checks;
		this.submissions = submissions;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	SubmissionChecks.Result check(CurrentUser clerk, Long editionId) {
		return this.checks.checkForSubmission(this.access.forFiling(clerk, editionId));
	}

	/**
	 * Whether this would be a resubmission, which needs a 修改说明.
	 */
	@Transactional(readOnly = true)
	boolean isResubmission(CurrentUser clerk, Long editionId) {
		return this.submissions.wasSubmitted(this.access.forFiling(clerk, editionId));
	}

	/**
	 * @param warningsConfirmed whether the clerk ticked that the warnings were read
	 * @param changeNote what changed since the county returned it (a resubmission only)
	 */
	@Transactional
	void perform(CurrentUser clerk, Long editionId, Long version, boolean warningsConfirmed, String changeNote) {
		ReportEdition edition = this.access.forFiling(clerk, editionId);
		StaleEditionException.check(edition, version);
		SubmissionChecks.Result result = this.checks.checkForSubmission(edition);
		if (!result.passes()) {
			throw new VerbRefusedException(result.blocking());
		}
		boolean resubmission = this.submissions.wasSubmitted(edition);
		String note = (changeNote != null && !changeNote.isBlank()) ? changeNote.strip() : null;
		if (resubmission && note == null) {
			throw new VerbRefusedException(List.of(Problem.of("submit.problem.changeNote").at("changeNote")));
		}
		if (note != null && note.length() > MAX_CHANGE_NOTE) {
			throw new VerbRefusedException(
					List.of(new Problem("reason.problem.tooLong", null, MAX_CHANGE_NOTE, "changeNote")));
		}
		if (!result.warnings().isEmpty() && !warningsConfirmed) {
			throw new VerbRefusedException(List.of(Problem.of("submit.problem.confirmWarnings").at("confirmWarnings")));
		}
		Submission submission = this.submissions.submit(edition, result, resubmission ? note : null,
				clerk.getUsername(), this.clock.instant());
		this.events.publishEvent(
				ReportEvent.of((submission.getNumber() > 1) ? ReportEvent.Kind.RESUBMITTED : ReportEvent.Kind.SUBMITTED,
						edition, clerk.getUsername(), null));
	}

}
