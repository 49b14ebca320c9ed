package org.fazhi.archive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.agency.Agency;
import org.fazhi.importing.ParsedReport;
import org.fazhi.report.EditionMetadata;
import org.fazhi.report.EditionState;
import org.fazhi.report.IndexNumber;
import org.fazhi.report.Problem;
import org.fazhi.report.Publication;
import org.fazhi.report.Report;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportRepository;
import org.fazhi.report.ReportSettings;
import org.fazhi.report.ReportingCalendar;
import org.fazhi.report.SectionKind;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.system.FieldLimits;
import org.fazhi.system.Messages;
import org.fazhi.topic.TopicSuggester;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Archive (the ARCHIVE verb): one report published elsewhere becomes a published report
 * of its township, as it was published there. A report the township already has here is
 * refused, or corrected by the archived text when the admin asks for that.
 */
@Service
class ArchiveReport {

	private final ArchivedAgency agencies;

	private final ReportRepository reports;

	private final ReportEditionRepository editions;

	private final Publication publication;

	private final TopicSuggester topics;

	private final Messages messages;

	private final ReportingCalendar calendar;

	private final ReportSettings settings;

	private final Clock clock;

	ArchiveReport(ArchivedAgency agencies, ReportRepository reports, ReportEditionRepository editions,
			Publication publication, TopicSuggester topics, Messages messages, ReportingCalendar calendar,
			ReportSettings settings, Clock clock) {
		this.agencies = agencies;
		this.reports = reports;
		this.editions = editions;
		this.publication = publication;
		this.topics = topics;
		this.messages = messages;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * In a transaction of its own, whatever the caller's.
	 * @throws ArchiveRefusal when the file is not archived (nothing is kept)
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	ArchiveOutcome perform(ArchiveImport.Item item, ParsedReport parsed, Long countyId,
			ArchiveImport.OnExisting onExisting, String actor) {
		Agency agency = this.agencies.match(parsed, countyId);
		Integer year = parsed.year();
		if (year == null) {
			throw new ArchiveRefusal(agency.getFullName(), "archive.refused.noYear");
		}
		if (!this.calendar.isPlausibleYear(year)) {
			throw new ArchiveRefusal(agency.getFullName(), "archive.refused.year", year);
		}
		if (parsed.parts().isEmpty()) {
			throw new ArchiveRefusal(agency.getFullName(), "archive.refused.noParts");
		}
		if (parsed.merged().values().stream().anyMatch((part) -> !this.settings.fits(part.body()))) {
			throw new ArchiveRefusal(agency.getFullName(), "archive.refused.partTooLong",
					this.settings.maxPartLength());
		}
		Instant now = this.clock.instant();
		// The audit keeps what was imported (the address, else the file); the public page
		// only ever a web address.
		String source = (item.source() != null && !item.source().isBlank()) ? item.source().strip() : item.name();
		Optional<Report> existing = this.reports.findByAgencyIdAndYear(agency.getId(), year);
		ReportEdition edition;
		ArchiveOutcome.Result result;
		IndexNumber indexNumber = null;
		if (existing.isPresent()) {
			if (onExisting != ArchiveImport.OnExisting.CORRECT) {
				throw new ArchiveRefusal(agency.getFullName(), "archive.refused.exists", year);
			}
			edition = correction(existing.get(), parsed, actor, now);
			result = ArchiveOutcome.Result.CORRECTED;
		}
		else {
			indexNumber = indexNumber(parsed, agency);
			Report report = this.reports.save(new Report(agency, year, actor, now));
			edition = draft(report, 1, parsed, actor, now);
			result = ArchiveOutcome.Result.IMPORTED;
		}
		try {
			this.publication.archive(edition,
					new Publication.Original(source, publishedAt(parsed, agency, now), indexNumber), actor, now);
		}
		catch (VerbRefusedException ex) {
			Problem problem = ex.getProblems().get(0);
			throw new ArchiveRefusal(agency.getFullName(), problem.code(), problem.argument());
		}
		List<String> notes = parsed.missing().stream().map((kind) -> this.messages.text(kind.nameKey())).toList();
		String reason = notes.isEmpty() ? null : this.messages.text("archive.note.missing", String.join("、", notes));
		return new ArchiveOutcome(item.name(), result, edition.getReport().getId(), agency.getFullName(), year,
				edition.getReport().getIndexNumber(), reason);
	}

	private ReportEdition correction(Report report, ParsedReport parsed, String actor, Instant now) {
		List<ReportEdition> all = this.editions.findByReportIdOrderByEditionNumberAsc(report.getId());
		if (all.stream().anyMatch((e) -> e.getState().isOpen())) {
			throw new ArchiveRefusal(report.getAgency().getFullName(), "archive.refused.open", report.getYear());
		}
		if (all.stream().noneMatch((e) -> e.getState() == EditionState.PUBLISHED)) {
			throw new ArchiveRefusal(report.getAgency().getFullName(), "archive.refused.notPublished",
					report.getYear());
		}
		ReportEdition edition = draft(report, all.get(all.size() - 1).getEditionNumber() + 1, parsed, actor, now);
		edition.updateCorrectionNote(this.messages.text("archive.correctionNote"), actor, now);
		return edition;
	}

	private ReportEdition draft(Report report, int number, ParsedReport parsed, String actor, Instant now) {
		Agency agency = report.getAgency();
		int year = report.getYear();
		String title = (parsed.title() != null) ? parsed.title()
				: this.messages.text("report.defaultTitle", agency.getFullName(), year);
		ReportEdition edition = new ReportEdition(report, number, title, actor, now);
		LocalDate written = (parsed.dateWritten() != null) ? parsed.dateWritten() : parsed.metadata().dateWritten();
		edition.updateMetadata(new EditionMetadata(title, parsed.addressee(), blankToNull(parsed.preamble()),
				(parsed.signingAgency() != null) ? parsed.signingAgency() : agency.getFullName(), written,
				parsed.metadata().documentNumber(), null), actor, now);
		Map<SectionKind, ParsedReport.MergedPart> merged = parsed.merged();
		for (SectionKind kind : SectionKind.values()) {
			ParsedReport.MergedPart part = merged.get(kind);
			// A part the archive lacks stays empty under its standard heading: never
			// invented.
			String heading = (part != null && part.heading() != null) ? part.heading()
					: this.messages.text(kind.standardHeadingKey(), year, year + 1);
			String body = (part != null) ? part.body() : "";
			edition.addSection(kind, FieldLimits.fit(heading, FieldLimits.HEADING), body, actor, now);
		}
		edition.updateTopics(this.topics.suggest(edition.fullText()), actor, now);
		return this.editions.save(edition);
	}

	/**
	 * The index number the page gives, which must be in the format; {@code null} when it
	 * gives none (one is then allocated).
	 */
	private static IndexNumber indexNumber(ParsedReport parsed, Agency agency) {
		String given = ArchivedAgency.compact(parsed.metadata().indexNumber());
		if (given == null) {
			return null;
		}
		return IndexNumber.parse(given)
			.orElseThrow(() -> new ArchiveRefusal(agency.getFullName(), "archive.refused.indexNumberFormat", given));
	}

	private Instant publishedAt(ParsedReport parsed, Agency agency, Instant now) {
		Optional<LocalDate> date = Optional.ofNullable(parsed.metadata().publishedOn());
		if (date.isEmpty()) {
			return now;
		}
		Instant at = date.get().atStartOfDay(this.clock.getZone()).toInstant();
		if (at.isAfter(now)) {
			throw new ArchiveRefusal(agency.getFullName(), "archive.refused.future", date.get().toString());
		}
		return at;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
