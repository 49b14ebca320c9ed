package org.fazhi.notification;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * Delivers notifications to the user's inbox in the database.
 */
@Component
class InAppChannel implements NotificationChannel {

	private final NotificationRepository notifications;

	private final Clock clock;

	InAppChannel(NotificationRepository notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@Override
	public void deliver(Message message) {
		if (message.dedupeKey() != null
				&& this.notifications.existsByRecipientAndDedupeKey(message.recipient(), message.dedupeKey())) {
			return;
		}
		this.notifications.save(new Notification(message.recipient(), message.kind(), message.reportId(),
				message.editionId(), message.link(), message.arguments(), message.dedupeKey(), this.clock.instant()));
	}

}
