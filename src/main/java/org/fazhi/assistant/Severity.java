package org.fazhi.assistant;

/**
 * How much a finding matters: a blocking finding must be dealt with (or, for a secrecy
 * finding, acknowledged) before the report goes public; a warning should be; a note is
 * for the reader's judgement.
 */
public enum Severity {

	BLOCKING, WARNING, NOTE

}
