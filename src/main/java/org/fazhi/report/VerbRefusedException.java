package org.fazhi.report;

import java.util.List;

/**
 * A workflow verb was asked for while it had failure reasons.
 */
public class VerbRefusedException extends RuntimeException {

	private final transient List<Problem> problems;

	public VerbRefusedException(List<Problem> problems) {
		super("Refused: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> getProblems() {
		return this.problems;
	}

}
