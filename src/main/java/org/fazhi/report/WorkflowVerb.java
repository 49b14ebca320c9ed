package org.fazhi.report;

/**
 * The actions that move an edition between states.
 */
public enum WorkflowVerb {

	SUBMIT, RETURN, SCHEDULE, UNSCHEDULE, PUBLISH, WITHDRAW, SUPERSEDE

}
