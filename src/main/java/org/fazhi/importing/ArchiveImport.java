package org.fazhi.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyDirectory;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionMetadata;
import org.fazhi.report.EditionState;
import org.fazhi.report.Report;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportRepository;
import org.fazhi.report.ReportSettings;
import org.fazhi.report.ReportingCalendar;
import org.fazhi.report.SectionKind;
import org.fazhi.report.WorkflowVerb;
import org.fazhi.review.IndexNumberAllocator;
import org.fazhi.search.SearchOutbox;
import org.fazhi.topic.TopicSuggester;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Archive backfill: reports already published elsewhere in past years become published
 * reports of their agencies, with their original index number and publication date when
 * the archive has them. Each file is its own transaction, so one refused file does not
 * hold back the others, and each is searchable as soon as it commits.
 */
@Service
public class ArchiveImport {

	/** What to do when the agency already has a report for that year. */
	public enum OnExisting {

		REFUSE, CORRECT

	}

	/**
	 * One file to import.
	 *
	 * @param name its name, for the result list
	 * @param source where it came from (address of the old page), or {@code null} to use
	 * the name
	 * @param lines its paragraphs, or {@code null} when it could not be read
	 * @param unreadable message key of why it could not be read
	 */
	public record Item(String name, String source, List<SourceLine> lines, String unreadable) {
	}

	private static final Pattern INDEX_NUMBER = Pattern.compile("^([0-9A-Z]{9}|[0-9A-Z]{18})/(\\d{4})-(\\d{5})$");

	private final ReportParser parser = new ReportParser();

	private final AgencyRepository agencies;

	private final AgencyDirectory directory;

	private final ReportRepository reports;

	private final ReportEditionRepository editions;

	private final IndexNumberAllocator indexNumbers;

	private final TopicSuggester topics;

	private final EditionHistory history;

	private final SearchOutbox outbox;

	private final ImportMessages messages;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ReportingCalendar calendar;

	private final ReportSettings settings;

	ArchiveImport(AgencyRepository agencies, AgencyDirectory directory, ReportRepository reports,
			ReportEditionRepository editions, IndexNumberAllocator indexNumbers, TopicSuggester topics,
			EditionHistory history, SearchOutbox outbox, ImportMessages messages,
			PlatformTransactionManager transactions, Clock clock, ReportingCalendar calendar, ReportSettings settings) {
		this.settings = settings;
		this.calendar = calendar;
		this.agencies = agencies;
		this.directory = directory;
		this.reports = reports;
		this.editions = editions;
		this.indexNumbers = indexNumbers;
		this.topics = topics;
		this.history = history;
		this.outbox = outbox;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * @param countyCode the county under which agency names are matched, or {@code null}
	 * to match by code only
	 */
	public List<ArchiveOutcome> perform(List<Item> items, String countyCode, OnExisting onExisting, String actor) {
		Long countyId = (countyCode != null && !countyCode.isBlank())
				? this.directory.byCode(countyCode.strip()).map(AgencyDirectory.Node::id).orElse(null) : null;
		List<ArchiveOutcome> outcomes = new ArrayList<>();
		for (Item item : items) {
			if (item.unreadable() != null) {
				outcomes.add(refused(item.name(), null, null, this.messages.text(item.unreadable())));
				continue;
			}
			ParsedReport parsed = this.parser.parse(item.lines());
			try {
				outcomes
					.add(this.transaction.execute((status) -> importOne(item, parsed, countyId, onExisting, actor)));
			}
			catch (Refusal refusal) {
				outcomes.add(refused(item.name(), refusal.agencyName, parsed.year(),
						this.messages.text(refusal.key, refusal.args)));
			}
			catch (DataIntegrityViolationException ex) {
				// Another import or publication took the same report or index number
				// between the check and the insert.
				outcomes.add(refused(item.name(), null, parsed.year(), this.messages.text("archive.refused.conflict")));
			}
		}
		return outcomes;
	}

	private ArchiveOutcome importOne(Item item, ParsedReport parsed, Long countyId, OnExisting onExisting,
			String actor) {
		Agency agency = match(parsed, countyId);
		Integer year = parsed.year();
		if (year == null) {
			throw new Refusal(agency.getFullName(), "archive.refused.noYear");
		}
		if (!this.calendar.isPlausibleYear(year)) {
			throw new Refusal(agency.getFullName(), "archive.refused.year", year);
		}
		if (parsed.parts().isEmpty()) {
			throw new Refusal(agency.getFullName(), "archive.refused.noParts");
		}
		if (parsed.merged().values().stream().anyMatch((part) -> !this.settings.fits(part.body()))) {
			throw new Refusal(agency.getFullName(), "archive.refused.partTooLong", this.settings.maxPartLength());
		}
		Instant now = this.clock.instant();
		Instant publishedAt = publishedAt(parsed, agency, now);
		String source = (item.source() != null && !item.source().isBlank()) ? item.source().strip() : item.name();
		Optional<Report> existing = this.reports.findByAgencyIdAndYear(agency.getId(), year);
		ReportEdition edition;
		ArchiveOutcome.Result result;
		if (existing.isPresent()) {
			if (onExisting != OnExisting.CORRECT) {
				throw new Refusal(agency.getFullName(), "archive.refused.exists", year);
			}
			edition = correction(existing.get(), parsed, actor, now);
			result = ArchiveOutcome.Result.CORRECTED;
		}
		else {
			Report report = this.reports.save(new Report(agency, year, actor, now));
			report.assignIndexNumber(indexNumber(parsed, agency, publishedAt), publishedAt);
			edition = draft(report, 1, parsed, actor, now);
			result = ArchiveOutcome.Result.IMPORTED;
		}
		EditionState from = edition.archive(source.length() > 500 ? source.substring(0, 500) : source, publishedAt,
				actor, now);
		this.editions.saveAndFlush(edition);
		this.history.transition(actor, edition, WorkflowVerb.ARCHIVE.name(), from, EditionHistory.ARCHIVED_FROM,
				source);
		this.outbox.reportChanged(edition.getReport().getId());
		List<String> notes = parsed.missing().stream().map((kind) -> this.messages.text(kind.nameKey())).toList();
		String reason = notes.isEmpty() ? null : this.messages.text("archive.note.missing", String.join("、", notes));
		return new ArchiveOutcome(item.name(), result, edition.getReport().getId(), agency.getFullName(), year,
				edition.getReport().getIndexNumber(), reason);
	}

	private ReportEdition correction(Report report, ParsedReport parsed, String actor, Instant now) {
		List<ReportEdition> all = this.editions.findByReportIdOrderByEditionNumberAsc(report.getId());
		if (all.stream().anyMatch((e) -> e.getState().isOpen())) {
			throw new Refusal(report.getAgency().getFullName(), "archive.refused.open", report.getYear());
		}
		ReportEdition published = all.stream()
			.filter((e) -> e.getState() == EditionState.PUBLISHED)
			.findFirst()
			.orElseThrow(() -> new Refusal(report.getAgency().getFullName(), "archive.refused.notPublished",
					report.getYear()));
		EditionState from = published.apply(WorkflowVerb.SUPERSEDE, actor, now);
		this.history.transition(actor, published, WorkflowVerb.SUPERSEDE.name(), from);
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
		LocalDate written = (parsed.dateWritten() != null) ? parsed.dateWritten()
				: ChineseDates.find(parsed.metadata().dateWritten()).orElse(null);
		edition.updateMetadata(new EditionMetadata(title, parsed.addressee(), blankToNull(parsed.preamble()),
				(parsed.signingAgency() != null) ? parsed.signingAgency() : agency.getFullName(), written,
				parsed.metadata().documentNumber(), null), actor, now);
		Map<SectionKind, ParsedReport.MergedPart> merged = parsed.merged();
		StringBuilder all = new StringBuilder(title).append('\n').append(parsed.preamble());
		for (SectionKind kind : SectionKind.values()) {
			ParsedReport.MergedPart part = merged.get(kind);
			// A part the archive lacks stays empty under its standard heading: never
			// invented.
			String heading = (part != null && part.heading() != null) ? part.heading()
					: this.messages.text(kind.standardHeadingKey(), year, year + 1);
			String body = (part != null) ? part.body() : "";
			edition.addSection(kind, heading.length() > 200 ? heading.substring(0, 200) : heading, body, actor, now);
			all.append('\n').append(body);
		}
		edition.updateTopics(this.topics.suggest(all.toString()), actor, now);
		return this.editions.save(edition);
	}

	/**
	 * The agency: by the unified code inside the index number when there is one, else by
	 * the names the document gives (发布机构, the title's agency, the signature) among the
	 * townships under the chosen county.
	 */
	private Agency match(ParsedReport parsed, Long countyId) {
		String index = compact(parsed.metadata().indexNumber());
		if (index != null && index.indexOf('/') == 18) {
			Optional<Agency> byCode = this.agencies.findByUnifiedCode(index.substring(0, 18));
			if (byCode.isPresent()) {
				Agency agency = byCode.get();
				if (!agency.isTownship()) {
					throw new Refusal(agency.getFullName(), "archive.refused.notTownship");
				}
				if (countyId != null && !this.directory.selfAndDescendants(countyId).contains(agency.getId())) {
					throw new Refusal(agency.getFullName(), "archive.refused.outsideCounty");
				}
				return agency;
			}
		}
		if (countyId == null) {
			throw new Refusal(null, "archive.refused.noCounty");
		}
		List<AgencyDirectory.Node> townships = this.directory.selfAndDescendants(countyId)
			.stream()
			.map((id) -> this.directory.byId(id).orElseThrow())
			.filter((node) -> node.level() == AgencyLevel.TOWNSHIP)
			.toList();
		Set<String> names = new LinkedHashSet<>();
		for (String name : new String[] { parsed.metadata().publisher(), parsed.agencyName(),
				parsed.signingAgency() }) {
			if (name != null) {
				for (String part : name.split("\\s+")) {
					if (part.length() >= 2) {
						names.add(part);
					}
				}
			}
		}
		if (names.isEmpty()) {
			throw new Refusal(null, "archive.refused.noAgencyName");
		}
		List<String> ambiguous = List.of();
		for (String name : names) {
			List<AgencyDirectory.Node> exact = townships.stream()
				.filter((t) -> t.fullName().equals(name) || t.shortName().equals(name))
				.toList();
			List<AgencyDirectory.Node> found = !exact.isEmpty() ? exact
					: townships.stream().filter((t) -> name.contains(t.shortName())).toList();
			if (found.size() == 1) {
				return this.agencies.findById(found.get(0).id()).orElseThrow();
			}
			if (found.size() > 1 && ambiguous.isEmpty()) {
				ambiguous = found.stream().map(AgencyDirectory.Node::fullName).toList();
			}
		}
		if (!ambiguous.isEmpty()) {
			throw new Refusal(null, "archive.refused.ambiguous", String.join("、", ambiguous));
		}
		throw new Refusal(null, "archive.refused.unmatched", String.join("、", names));
	}

	private String indexNumber(ParsedReport parsed, Agency agency, Instant publishedAt) {
		String given = compact(parsed.metadata().indexNumber());
		if (given == null) {
			int year = publishedAt.atZone(this.clock.getZone()).getYear();
			return this.indexNumbers.next(agency, year);
		}
		Matcher matcher = INDEX_NUMBER.matcher(given);
		if (!matcher.matches()) {
			throw new Refusal(agency.getFullName(), "archive.refused.indexNumberFormat", given);
		}
		if (matcher.group(1).length() == 18 && !matcher.group(1).equals(agency.getUnifiedCode())) {
			throw new Refusal(agency.getFullName(), "archive.refused.indexNumberAgency", given);
		}
		if (this.reports.existsByIndexNumber(given)) {
			throw new Refusal(agency.getFullName(), "archive.refused.indexNumberTaken", given);
		}
		if (matcher.group(1).equals(agency.getUnifiedCode())) {
			this.indexNumbers.taken(agency, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
		}
		return given;
	}

	private Instant publishedAt(ParsedReport parsed, Agency agency, Instant now) {
		Optional<LocalDate> date = ChineseDates.find(parsed.metadata().publishedOn());
		if (date.isEmpty()) {
			return now;
		}
		Instant at = date.get().atStartOfDay(this.clock.getZone()).toInstant();
		if (at.isAfter(now)) {
			throw new Refusal(agency.getFullName(), "archive.refused.future", date.get().toString());
		}
		return at;
	}

	private static String compact(String value) {
		return (value == null || value.isBlank()) ? null
				: TextForms.fold(value).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static ArchiveOutcome refused(String name, String agencyName, Integer year, String reason) {
		return new ArchiveOutcome(name, ArchiveOutcome.Result.REFUSED, null, agencyName, year, null, reason);
	}

	/**
	 * Why a file is not imported; rolls its transaction back.
	 */
	private static final class Refusal extends RuntimeException {

		private final String agencyName;

		private final String key;

		private final Object[] args;

		Refusal(String agencyName, String key, Object... args) {
			super(key, null, false, false);
			this.agencyName = agencyName;
			this.key = key;
			this.args = args;
		}

	}

}
