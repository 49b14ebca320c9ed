package org.fazhi.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's inbox: the latest notifications, the unread count, marking as read.
 */
@Service
public class Inbox {

	private static final int SHOWN = 100;

	private final NotificationRepository notifications;

	private final Clock clock;

	Inbox(NotificationRepository notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public long unread(String username) {
		return this.notifications.countByRecipientAndReadAtIsNull(username);
	}

	@Transactional(readOnly = true)
	List<Notification> latest(String username) {
		return this.notifications.findByRecipientOrderByCreatedAtDescIdDesc(username, PageRequest.of(0, SHOWN));
	}

	/**
	 * Marks one notification read; another user's notification is "not found".
	 * @return where the notification points, if it was found
	 */
	@Transactional
	Optional<String> open(String username, Long id) {
		// A notification without a link of its own opens the inbox.
		return this.notifications.findByIdAndRecipient(id, username).map((n) -> {
			n.markRead(this.clock.instant());
			return (n.getLink() != null) ? n.getLink() : "/inbox";
		});
	}

	@Transactional
	void markAllRead(String username) {
		this.notifications.markAllRead(username, this.clock.instant());
	}

}
