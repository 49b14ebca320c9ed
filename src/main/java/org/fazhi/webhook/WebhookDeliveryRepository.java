package org.fazhi.webhook;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

	@Query("""
			select d.id from WebhookDelivery d
			where d.state = org.fazhi.webhook.WebhookDelivery.State.PENDING and d.nextAttemptAt <= :now
			and (d.claimedUntil is null or d.claimedUntil < :now) order by d.nextAttemptAt, d.id""")
	List<Long> findDue(Instant now, Pageable page);

	/**
	 * Takes a due delivery for this instance for a while; 0 when another took it first.
	 */
	@Modifying
	@Query("""
			update WebhookDelivery d set d.claimedUntil = :until
			where d.id = :id and d.state = org.fazhi.webhook.WebhookDelivery.State.PENDING
			and (d.claimedUntil is null or d.claimedUntil < :now)""")
	int claim(Long id, Instant now, Instant until);

	List<WebhookDelivery> findAllByOrderByIdDesc(Pageable page);

}
