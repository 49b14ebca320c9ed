package org.fazhi.review;

import java.util.List;

import org.fazhi.report.EditionState;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportWorkflow;
import org.fazhi.report.WorkflowVerb;
import org.fazhi.system.FieldLimits;

/**
 * The rule every free-text reason and remark follows: present, and not longer than its
 * limit.
 */
final class Reasons {

	/** Longest reason for returning or withdrawing a report. */
	static final int MAX_REASON = FieldLimits.REASON;

	/** The id of the reason's field on the decision pages. */
	static final String REASON = "reason";

	private Reasons() {
	}

	/**
	 * Why a decision that needs a reason ({@code verb}: return, withdraw) cannot be
	 * taken: the edition is not in a state for it ({@code <prefix>.problem.state}), or
	 * the reason (form field {@value #REASON}) is missing
	 * ({@code <prefix>.problem.reason}) or too long.
	 */
	static List<Problem> forDecision(EditionState state, WorkflowVerb verb, String prefix, String reason) {
		if (!ReportWorkflow.allows(state, verb)) {
			return List.of(Problem.of(prefix + ".problem.state"));
		}
		return check(reason, prefix + ".problem.reason", MAX_REASON, REASON);
	}

	/**
	 * @param field the id of the form field the text was typed in
	 */
	static List<Problem> check(String text, String missingCode, int max, String field) {
		if (text == null || text.isBlank()) {
			return List.of(Problem.of(missingCode).at(field));
		}
		if (text.strip().length() > max) {
			return List.of(new Problem("reason.problem.tooLong", null, max, field));
		}
		return List.of();
	}

}
