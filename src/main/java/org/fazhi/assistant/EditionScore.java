package org.fazhi.assistant;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A public edition's check score and finding counts, kept so that statistics read numbers
 * instead of checking a region's reports on every request.
 */
@Entity
class EditionScore {

	@Id
	private Long editionId;

	private int score;

	private int blocking;

	private int warnings;

	private int notes;

	private Instant assessedAt;

	protected EditionScore() {
	}

	EditionScore(Long editionId, Assessment assessment, Instant at) {
		this.editionId = editionId;
		this.score = assessment.score();
		this.blocking = (int) assessment.count(Severity.BLOCKING);
		this.warnings = (int) assessment.count(Severity.WARNING);
		this.notes = (int) assessment.count(Severity.NOTE);
		this.assessedAt = at;
	}

	Long getEditionId() {
		return this.editionId;
	}

	int getScore() {
		return this.score;
	}

}
