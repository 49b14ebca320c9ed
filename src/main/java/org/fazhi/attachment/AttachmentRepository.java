package org.fazhi.attachment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByEditionIdOrderByIdAsc(Long editionId);

	long countByEditionId(Long editionId);

}
