package org.fazhi.filing;

import java.time.Clock;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionState;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportEvent;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.Submission;
import org.fazhi.report.SubmissionRepository;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.report.WorkflowVerb;
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

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	private final SubmissionRepository submissions;

	private final SubmissionChecks checks;

	private final EditionHistory history;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SubmitEdition(EditionAccess access, ReportEditionRepository editions, SubmissionRepository submissions,
			SubmissionChecks checks, EditionHistory history, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.access = access;
		this.editions = editions;
		this.submissions = submissions;
		this.checks = checks;
		this.history = history;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	SubmissionChecks.Result check(CurrentUser clerk, Long editionId) {
		return this.checks.checkForSubmission(this.access.forFiling(clerk, editionId));
	}

	/** Longest 修改说明. */
	static final int MAX_CHANGE_NOTE = 2000;

	/**
	 * Whether this would be a resubmission, which needs a 修改说明.
	 */
	@Transactional(readOnly = true)
	boolean isResubmission(CurrentUser clerk, Long editionId) {
		return this.submissions.countByEditionId(this.access.forFiling(clerk, editionId).getId()) > 0;
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
		boolean resubmission = this.submissions.countByEditionId(edition.getId()) > 0;
		String note = (changeNote != null && !changeNote.isBlank()) ? changeNote.strip() : null;
		if (resubmission && note == null) {
			throw new VerbRefusedException(List.of(Problem.of("submit.problem.changeNote")));
		}
		if (note != null && note.length() > MAX_CHANGE_NOTE) {
			throw new VerbRefusedException(List.of(new Problem("reason.problem.tooLong", null, MAX_CHANGE_NOTE)));
		}
		if (!result.warnings().isEmpty() && !warningsConfirmed) {
			throw new VerbRefusedException(List.of(Problem.of("submit.problem.confirmWarnings")));
		}
		EditionState from = edition.apply(WorkflowVerb.SUBMIT, clerk.getUsername(), this.clock.instant());
		this.editions.saveAndFlush(edition);
		Submission submission = this.submissions.record(edition, result.blocking(), result.warnings(),
				resubmission ? note : null);
		this.history.transition(clerk.getUsername(), edition, WorkflowVerb.SUBMIT.name(), from,
				resubmission ? EditionHistory.CHANGE_NOTE : null, resubmission ? note : null);
		this.events.publishEvent(
				ReportEvent.of((submission.getNumber() > 1) ? ReportEvent.Kind.RESUBMITTED : ReportEvent.Kind.SUBMITTED,
						edition, clerk.getUsername(), null));
	}

}
