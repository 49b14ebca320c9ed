package org.fazhi.filing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.audit.AuditLog;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionNotEditableException;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.SectionKind;
import org.fazhi.report.StaleEditionException;
import org.fazhi.topic.Topic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a clerk's changes to an editable edition, refusing any save made from a form
 * opened on an older version so that nobody's text is silently overwritten.
 */
@Service
class EditionEditor {

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	private final AuditLog audit;

	private final Clock clock;

	EditionEditor(EditionAccess access, ReportEditionRepository editions, AuditLog audit, Clock clock) {
		this.access = access;
		this.editions = editions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	void saveMetadata(CurrentUser clerk, Long editionId, MetadataForm form, List<Topic> topics) {
		ReportEdition edition = editable(clerk, editionId, form.version());
		Instant now = this.clock.instant();
		edition.updateMetadata(form.toMetadata(), clerk.getUsername(), now);
		edition.updateTopics(topics, clerk.getUsername(), now);
		if (edition.isCorrection()) {
			String note = form.correctionNote();
			edition.updateCorrectionNote((note == null || note.isBlank()) ? null : note.strip(), clerk.getUsername(),
					now);
		}
		this.editions.saveAndFlush(edition);
		this.audit.saved(clerk.getUsername(), edition, "metadata");
	}

	/**
	 * Saves one part.
	 * @return the edition's new version
	 */
	@Transactional
	long saveSection(CurrentUser clerk, Long editionId, SectionKind kind, SectionForm form) {
		ReportEdition edition = editable(clerk, editionId, form.version());
		edition.updateSection(kind, form.heading().strip(), form.bodyOrEmpty(), clerk.getUsername(),
				this.clock.instant());
		this.editions.saveAndFlush(edition);
		this.audit.saved(clerk.getUsername(), edition, kind.name());
		return edition.getVersion();
	}

	private ReportEdition editable(CurrentUser clerk, Long editionId, Long version) {
		ReportEdition edition = this.access.forFiling(clerk, editionId);
		if (!edition.getState().isEditable()) {
			throw new EditionNotEditableException(edition.getState());
		}
		StaleEditionException.check(edition, version);
		return edition;
	}

}
