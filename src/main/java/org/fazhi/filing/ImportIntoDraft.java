package org.fazhi.filing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fazhi.account.CurrentUser;
import org.fazhi.importing.ParsedReport;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionMetadata;
import org.fazhi.report.EditionNotEditableException;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportSettings;
import org.fazhi.report.SectionKind;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.system.Messages;
import org.fazhi.system.SafeText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills a draft from an imported document: the metadata found, and every part the
 * document has (parts it lacks keep what the draft held). One save, one version step, so
 * a clerk working in another tab is warned as with any other save.
 */
@Service
class ImportIntoDraft {

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	private final EditionHistory history;

	private final Messages messages;

	private final Clock clock;

	private final ReportSettings settings;

	ImportIntoDraft(EditionAccess access, ReportEditionRepository editions, EditionHistory history, Messages messages,
			Clock clock, ReportSettings settings) {
		this.settings = settings;
		this.access = access;
		this.editions = editions;
		this.history = history;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	void perform(CurrentUser clerk, Long editionId, ImportForm form) {
		ReportEdition edition = this.access.forFiling(clerk, editionId);
		if (!edition.getState().isEditable()) {
			throw new EditionNotEditableException(edition.getState());
		}
		StaleEditionException.check(edition, form.version());
		Instant now = this.clock.instant();
		String actor = clerk.getUsername();
		EditionMetadata old = edition.metadata();
		EditionMetadata found = new EditionMetadata(keep(form.title(), old.title()),
				keep(form.addressee(), old.addressee()), keep(form.preamble(), old.preamble()),
				keep(form.signingAgency(), old.signingAgency()),
				(form.dateWritten() != null) ? form.dateWritten() : old.dateWritten(),
				keep(form.documentNumber(), old.documentNumber()), old.keywords());
		edition.updateMetadata(found, actor, now);
		int year = edition.getReport().getYear();
		Map<SectionKind, ParsedReport.MergedPart> parts = form.toParsed().merged();
		// Chunks of one kind are joined into one part: the limit holds for the part.
		List<Problem> tooLong = parts.entrySet()
			.stream()
			.filter((part) -> !this.settings.fits(part.getValue().body()))
			.map((part) -> new Problem("part.problem.tooLongJoined", part.getKey(), this.settings.maxPartLength()))
			.toList();
		if (!tooLong.isEmpty()) {
			throw new VerbRefusedException(tooLong);
		}
		parts.forEach((kind, part) -> {
			String heading = (part.heading() != null) ? SafeText.singleLine(part.heading())
					: this.messages.text(kind.standardHeadingKey(), year, year + 1);
			edition.updateSection(kind, heading, part.body(), actor, now);
		});
		this.editions.saveAndFlush(edition);
		this.history.saved(actor, edition, EditionHistory.IMPORT);
	}

	private static String keep(String found, String old) {
		String line = SafeText.singleLine(found);
		return (line == null || line.isEmpty()) ? old : line;
	}

}
