package org.fazhi.filing;

import java.time.Clock;
import java.time.Instant;

import org.fazhi.account.CurrentUser;
import org.fazhi.audit.AuditLog;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionNotEditableException;
import org.fazhi.report.EditionView;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportSettings;
import org.fazhi.report.SectionKind;
import org.fazhi.report.StaleEditionException;
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

	private final ReportSettings settings;

	private final Clock clock;

	EditionEditor(EditionAccess access, ReportEditionRepository editions, AuditLog audit, ReportSettings settings,
			Clock clock) {
		this.access = access;
		this.editions = editions;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	EditionView view(CurrentUser clerk, Long editionId) {
		return EditionView.of(this.access.forFiling(clerk, editionId), this.settings.minPartLength());
	}

	@Transactional
	void saveMetadata(CurrentUser clerk, Long editionId, MetadataForm form) {
		ReportEdition edition = editable(clerk, editionId, form.version());
		edition.updateMetadata(form.toMetadata(), clerk.getUsername(), this.clock.instant());
		this.editions.saveAndFlush(edition);
		this.audit.saved(clerk.getUsername(), edition, "metadata");
	}

	@Transactional
	void saveSection(CurrentUser clerk, Long editionId, SectionKind kind, SectionForm form) {
		ReportEdition edition = editable(clerk, editionId, form.version());
		Instant now = this.clock.instant();
		edition.updateSection(kind, form.heading().strip(), form.bodyOrEmpty(), clerk.getUsername(), now);
		this.editions.saveAndFlush(edition);
		this.audit.saved(clerk.getUsername(), edition, kind.name());
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
