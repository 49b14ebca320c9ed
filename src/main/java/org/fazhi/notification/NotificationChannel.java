package org.fazhi.notification;

import java.util.List;

/**
 * A way to reach a user. The in-app inbox is the only channel today; an e-mail channel
 * would be another implementation of this interface, picked up automatically.
 */
public interface NotificationChannel {

	void deliver(Message message);

	/**
	 * What to tell whom.
	 *
	 * @param recipient username
	 * @param kind message kind; its text is {@code notification.<kind>} in the bundle
	 * @param reportId report concerned
	 * @param editionId edition concerned
	 * @param link where the recipient acts on it
	 * @param arguments message arguments
	 * @param dedupeKey when set, a second message with the same key is not delivered
	 */
	record Message(String recipient, String kind, Long reportId, Long editionId, String link, List<String> arguments,
			String dedupeKey) {
	}

}
