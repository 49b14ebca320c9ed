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
	ReportEdition perform(CurrentUser clerk, int year) {
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
		this.editions.save(edition);
		this.audit.transition(actor, edition, "CREATE", null, null);
		return edition;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

}
