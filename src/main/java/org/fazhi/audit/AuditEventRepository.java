package org.fazhi.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * Append and read audit events; deliberately offers no update or delete.
 */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	List<AuditEvent> findByReportIdOrderByOccurredAtAscIdAsc(Long reportId);

	List<AuditEvent> findByActorOrderByIdAsc(String actor);

}
