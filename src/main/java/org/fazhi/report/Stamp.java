package org.fazhi.report;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/**
 * Who did something to an edition, and when: created, last changed, submitted, published,
 * withdrawn; for a scheduled publication, when it is due and who scheduled it.
 *
 * @param at when
 * @param by the username of who did it
 */
@Embeddable
public record Stamp(Instant at, String by) {

	static Instant at(Stamp stamp) {
		return (stamp != null) ? stamp.at() : null;
	}

	static String by(Stamp stamp) {
		return (stamp != null) ? stamp.by() : null;
	}

}
