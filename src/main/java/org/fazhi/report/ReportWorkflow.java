package org.fazhi.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The report lifecycle: every legal (state, verb) pair and where it leads. This is the
 * only place transitions are declared; {@code docs/report-workflow.md} draws the same
 * table. Any pair not listed is illegal and raises {@link IllegalTransitionException}.
 */
public final class ReportWorkflow {

	private static final Map<EditionState, Map<WorkflowVerb, EditionState>> TRANSITIONS = new EnumMap<>(
			EditionState.class);

	static {
		allow(EditionState.DRAFT, WorkflowVerb.SUBMIT, EditionState.SUBMITTED);
		allow(EditionState.RETURNED, WorkflowVerb.SUBMIT, EditionState.SUBMITTED);
		allow(EditionState.SUBMITTED, WorkflowVerb.RETURN, EditionState.RETURNED);
		allow(EditionState.SUBMITTED, WorkflowVerb.SCHEDULE, EditionState.SCHEDULED);
		allow(EditionState.SUBMITTED, WorkflowVerb.PUBLISH, EditionState.PUBLISHED);
		allow(EditionState.SCHEDULED, WorkflowVerb.UNSCHEDULE, EditionState.SUBMITTED);
		allow(EditionState.SCHEDULED, WorkflowVerb.PUBLISH, EditionState.PUBLISHED);
		allow(EditionState.PUBLISHED, WorkflowVerb.WITHDRAW, EditionState.WITHDRAWN);
		allow(EditionState.PUBLISHED, WorkflowVerb.SUPERSEDE, EditionState.SUPERSEDED);
		allow(EditionState.DRAFT, WorkflowVerb.ARCHIVE, EditionState.PUBLISHED);
		allow(EditionState.DRAFT, WorkflowVerb.DISCARD, EditionState.DISCARDED);
		allow(EditionState.RETURNED, WorkflowVerb.DISCARD, EditionState.DISCARDED);
	}

	private ReportWorkflow() {
	}

	private static void allow(EditionState from, WorkflowVerb verb, EditionState to) {
		TRANSITIONS.computeIfAbsent(from, (state) -> new EnumMap<>(WorkflowVerb.class)).put(verb, to);
	}

	/**
	 * The state {@code verb} leads to from {@code from}, if that move is legal.
	 */
	public static Optional<EditionState> target(EditionState from, WorkflowVerb verb) {
		return Optional.ofNullable(TRANSITIONS.getOrDefault(from, Collections.emptyMap()).get(verb));
	}

	public static boolean allows(EditionState from, WorkflowVerb verb) {
		return target(from, verb).isPresent();
	}

	/**
	 * The state {@code verb} leads to from {@code from}.
	 * @throws IllegalTransitionException if the move is not in the table
	 */
	public static EditionState next(EditionState from, WorkflowVerb verb) {
		return target(from, verb).orElseThrow(() -> new IllegalTransitionException(from, verb));
	}

}
