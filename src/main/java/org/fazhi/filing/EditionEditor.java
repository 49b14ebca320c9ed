package org.fazhi.filing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionNotEditableException;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportSettings;
import org.fazhi.report.SectionKind;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.system.SafeText;
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

	private final EditionHistory history;

	private final Clock clock;

	private final ReportSettings settings;

	EditionEditor(EditionAccess access, ReportEditionRepository editions, EditionHistory history, Clock clock,
			ReportSettings settings) {
		this.settings = settings;
		this.access = access;
		this.editions = editions;
		this.history = history;
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
		this.history.saved(clerk.getUsername(), edition, EditionHistory.METADATA);
	}

	/**
	 * Saves one part.
	 * @return the edition's new version
	 */
	@Transactional
	long saveSection(CurrentUser clerk, Long editionId, SectionKind kind, SectionForm form) {
		String heading = SafeText.singleLine(form.heading());
		String body = form.bodyOrEmpty();
		if (!this.settings.fits(body)) {
			throw new VerbRefusedException(List
				.of(new Problem("part.problem.bodyTooLong", kind, this.settings.maxPartLength(), SectionForm.BODY)));
		}
		ReportEdition edition = this.access.forFiling(clerk, editionId);
		if (alreadySaved(edition, kind, heading, body, form.version())) {
			return edition.getVersion();
		}
		checkEditable(edition, form.version());
		edition.updateSection(kind, heading, body, clerk.getUsername(), this.clock.instant());
		this.editions.saveAndFlush(edition);
		this.history.saved(clerk.getUsername(), edition, kind.name());
		return edition.getVersion();
	}

	/**
	 * The very words already saved, sent again from an older version: a double click, or
	 * an autosave that reached the server first. Nothing to save and nothing in conflict,
	 * so the clerk is not shown their own text as someone else's edit.
	 */
	private static boolean alreadySaved(ReportEdition edition, SectionKind kind, String heading, String body,
			Long version) {
		return edition.getState().isEditable() && !Objects.equals(version, edition.getVersion())
				&& edition.section(kind)
					.filter((saved) -> saved.getHeading().equals(heading) && saved.getBody().equals(body))
					.isPresent();
	}

	private ReportEdition editable(CurrentUser clerk, Long editionId, Long version) {
		ReportEdition edition = this.access.forFiling(clerk, editionId);
		checkEditable(edition, version);
		return edition;
	}

	private static void checkEditable(ReportEdition edition, Long version) {
		if (!edition.getState().isEditable()) {
			throw new EditionNotEditableException(edition.getState());
		}
		StaleEditionException.check(edition, version);
	}

}
