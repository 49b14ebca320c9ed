package org.fazhi.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.fazhi.report.EditionState;
import org.fazhi.report.ReportEditionRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled editions when their time comes, reading time from the injected
 * {@link Clock}. With several instances each may try; optimistic locking lets one win.
 */
@Component
class ScheduledPublisher {

	private static final Log logger = LogFactory.getLog(ScheduledPublisher.class);

	private final ReportEditionRepository editions;

	private final PublishEdition publishEdition;

	private final Clock clock;

	ScheduledPublisher(ReportEditionRepository editions, PublishEdition publishEdition, Clock clock) {
		this.editions = editions;
		this.publishEdition = publishEdition;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${fazhi.review.scheduler-interval}",
			initialDelayString = "${fazhi.review.scheduler-interval}")
	void run() {
		publishDue();
	}

	/**
	 * Publishes every scheduled edition due by now.
	 * @return how many were published
	 */
	int publishDue() {
		Instant now = this.clock.instant();
		List<Long> due = this.editions.findDueForPublication(EditionState.SCHEDULED, now);
		int published = 0;
		for (Long id : due) {
			try {
				if (this.publishEdition.publishScheduled(id, now)) {
					published++;
				}
			}
			catch (RuntimeException ex) {
				// Another instance may have published it first; the next run sees the new
				// state.
				logger.warn("Scheduled publication of edition " + id + " failed", ex);
			}
		}
		return published;
	}

}
