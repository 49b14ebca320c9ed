package org.fazhi.review;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * What the decision pages send. Each carries the edition's version as the reviewer saw
 * it, so that a decision on an edition changed since is refused as stale.
 */
final class DecisionForms {

	private DecisionForms() {
	}

	/**
	 * Publish now or schedule.
	 *
	 * @param version the edition's version
	 * @param secrecyReviewed whether the secrecy review is confirmed
	 * @param findingsAcknowledged whether the assistant's secrecy findings are
	 * acknowledged
	 * @param when {@code now} or {@code later}
	 * @param publishAt for later: the local date and time typed
	 * ({@code yyyy-MM-ddTHH:mm})
	 */
	record Publish(Long version, Boolean secrecyReviewed, Boolean findingsAcknowledged, String when, String publishAt) {

		static final Publish EMPTY = new Publish(null, false, false, "now", null);

		public boolean findingsConfirmed() {
			return Boolean.TRUE.equals(this.findingsAcknowledged);
		}

		public boolean later() {
			return "later".equals(this.when);
		}

		public boolean secrecyConfirmed() {
			return Boolean.TRUE.equals(this.secrecyReviewed);
		}

		/**
		 * The time typed, in the service's zone; {@code null} when empty or not a time.
		 */
		Instant publishAt(ZoneId zone) {
			try {
				return (this.publishAt == null || this.publishAt.isBlank()) ? null
						: LocalDateTime.parse(this.publishAt.strip()).atZone(zone).toInstant();
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

	}

	/**
	 * Return or withdraw, with the reason.
	 *
	 * @param version the edition's version
	 * @param reason why, in the reviewer's words
	 */
	record Reasoned(Long version, String reason) {

		static final Reasoned EMPTY = new Reasoned(null, null);

	}

	/**
	 * Unschedule.
	 *
	 * @param version the edition's version
	 */
	record Plain(Long version) {

		static final Plain EMPTY = new Plain(null);

	}

}
