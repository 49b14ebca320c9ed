package org.fazhi.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * A user's notifications, newest first.
 */
interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

	long countByRecipientAndReadAtIsNull(String recipient);

	Optional<Notification> findByIdAndRecipient(Long id, String recipient);

	boolean existsByRecipientAndDedupeKey(String recipient, String dedupeKey);

	@Modifying
	@Query("update Notification n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
	int markAllRead(String recipient, Instant at);

}
