package org.fazhi.report;

/**
 * A verb was applied to an edition in a state that does not allow it.
 */
public class IllegalTransitionException extends IllegalStateException {

	private final EditionState from;

	private final WorkflowVerb verb;

	public IllegalTransitionException(EditionState from, WorkflowVerb verb) {
		super("Cannot " + verb + " an edition that is " + from);
		this.from = from;
		this.verb = verb;
	}

	public EditionState getFrom() {
		return this.from;
	}

	public WorkflowVerb getVerb() {
		return this.verb;
	}

}
