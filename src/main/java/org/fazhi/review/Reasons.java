package org.fazhi.review;

import java.util.List;

import org.fazhi.report.Problem;

/**
 * The rule every free-text reason and remark follows: present, and not longer than its
 * limit.
 */
final class Reasons {

	private Reasons() {
	}

	static List<Problem> check(String text, String missingCode, int max) {
		if (text == null || text.isBlank()) {
			return List.of(Problem.of(missingCode));
		}
		if (text.strip().length() > max) {
			return List.of(new Problem("reason.problem.tooLong", null, max));
		}
		return List.of();
	}

}
