package org.fazhi.report;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way an edition goes to the county: the move, the frozen copy of what was sent
 * with the checks as they stood, and the audit entry. Whether it may go (the checks pass,
 * a resubmission says what changed) is the caller's decision.
 */
@Service
public class Submissions {

	private final ReportEditionRepository editions;

	private final SubmissionRepository submissions;

	private final EditionHistory history;

	Submissions(ReportEditionRepository editions, SubmissionRepository submissions, EditionHistory history) {
		this.editions = editions;
		this.submissions = submissions;
		this.history = history;
	}

	/**
	 * Whether the edition went to the county before (so that sending it again is a
	 * resubmission, which needs a 修改说明).
	 */
	public boolean wasSubmitted(ReportEdition edition) {
		return this.submissions.countByEditionId(edition.getId()) > 0;
	}

	/**
	 * @param changeNote the clerk's 修改说明 on a resubmission, else {@code null}
	 * @return what was sent, numbered among the edition's submissions
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Submission submit(ReportEdition edition, SubmissionChecks.Result checks, String changeNote, String actor,
			Instant at) {
		EditionState from = edition.submit(actor, at);
		this.editions.saveAndFlush(edition);
		Submission submission = this.submissions.record(edition, checks.blocking(), checks.warnings(), changeNote);
		this.history.transition(actor, edition, WorkflowVerb.SUBMIT.name(), from,
				(changeNote != null) ? EditionHistory.CHANGE_NOTE : null, changeNote);
		return submission;
	}

}
