package org.fazhi.filing;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fazhi.account.CurrentUser;
import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.audit.AuditLog;
import org.fazhi.report.EditionMetadata;
import org.fazhi.report.Problem;
import org.fazhi.report.Report;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportPolicy;
import org.fazhi.report.ReportRepository;
import org.fazhi.report.ReportSection;
import org.fazhi.report.SectionKind;
import org.fazhi.report.VerbRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a township's report for a year: the report, its first draft edition with the
 * standard title, addressee and signing agency, and the five parts with their standard
 * headings.
 */
@Service
class StartReport {

	static final int FIRST_YEAR = 2000;

	private final AgencyRepository agencies;

	private final ReportRepository reports;

	private final ReportEditionRepository editions;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	StartReport(AgencyRepository agencies, ReportRepository reports, ReportEditionRepository editions, AuditLog audit,
			MessageSource messages, Clock clock) {
		this.agencies = agencies;
		this.reports = reports;
		this.editions = editions;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	List<Problem> failureReasons(Agency township, int year) {
		List<Problem> problems = new ArrayList<>();
		if (year < FIRST_YEAR || year > Year.now(this.clock).getValue()) {
			problems.add(new Problem("start.problem.year", null, Year.now(this.clock).getValue()));
		}
		else if (this.reports.findByAgencyIdAndYear(township.getId(), year).isPresent()) {
			problems.add(new Problem("start.problem.exists", null, year));
		}
		return problems;
	}

	@Transactional
	ReportEdition perform(CurrentUser clerk, int year, NewReportForm.StartBasis basis) {
		Agency township = this.agencies.findById(clerk.agencyId()).orElseThrow();
		if (!ReportPolicy.mayFile(clerk, township)) {
			throw new AccessDeniedException("Not this township's clerk");
		}
		List<Problem> problems = failureReasons(township, year);
		if (!problems.isEmpty()) {
			throw new VerbRefusedException(problems);
		}
		Instant now = this.clock.instant();
		String actor = clerk.getUsername();
		Report report = this.reports.save(new Report(township, year, actor, now));
		ReportEdition previous = (basis == NewReportForm.StartBasis.EMPTY) ? null
				: this.editions.findPublished(township.getId(), year - 1).orElse(null);
		ReportEdition edition = (previous != null) ? fromPrevious(report, previous, basis, actor, now)
				: standard(report, township, actor, now);
		this.editions.save(edition);
		this.audit.transition(actor, edition, "CREATE", null, null);
		return edition;
	}

	private ReportEdition standard(Report report, Agency township, String actor, Instant now) {
		int year = report.getYear();
		ReportEdition edition = new ReportEdition(report, 1, text("report.defaultTitle", township.getFullName(), year),
				actor, now);
		Agency county = township.overseeingCounty();
		String addressee = (county != null) ? text("report.defaultAddressee", county.getShortName()) : null;
		edition.updateMetadata(
				new EditionMetadata(edition.getTitle(), addressee, null, township.getFullName(), null, null, null),
				actor, now);
		for (SectionKind kind : SectionKind.values()) {
			edition.addSection(kind, text(kind.standardHeadingKey(), year, year + 1), "", actor, now);
		}
		return edition;
	}

	/**
	 * Last year's metadata and headings with every year moved on by one, and its text too
	 * when asked; the document number and date written are the new year's own.
	 */
	private ReportEdition fromPrevious(Report report, ReportEdition previous, NewReportForm.StartBasis basis,
			String actor, Instant now) {
		int from = previous.getReport().getYear();
		ReportEdition edition = new ReportEdition(report, 1, shiftYears(previous.getTitle(), from), actor, now);
		EditionMetadata old = previous.metadata();
		boolean full = basis == NewReportForm.StartBasis.FULL;
		edition.updateMetadata(new EditionMetadata(edition.getTitle(), old.addressee(),
				full ? shiftYears(old.preamble(), from) : null, old.signingAgency(), null, null, old.keywords()), actor,
				now);
		for (SectionKind kind : SectionKind.values()) {
			String heading = previous.section(kind)
				.map((s) -> shiftYears(s.getHeading(), from))
				.orElseGet(() -> text(kind.standardHeadingKey(), report.getYear(), report.getYear() + 1));
			String body = full ? previous.section(kind).map(ReportSection::getBody).orElse("") : "";
			edition.addSection(kind, heading, body, actor, now);
		}
		edition.updateTopics(previous.getTopics(), actor, now);
		return edition;
	}

	/**
	 * Moves "{from}" to "{from+1}" and "{from+1}" to "{from+2}", the later year first so
	 * that nothing is moved twice.
	 */
	static String shiftYears(String text, int from) {
		if (text == null) {
			return null;
		}
		return text.replace(Integer.toString(from + 1), Integer.toString(from + 2))
			.replace(Integer.toString(from), Integer.toString(from + 1));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

}
