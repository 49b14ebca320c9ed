package org.fazhi.filing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fazhi.account.CurrentUser;
import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionMetadata;
import org.fazhi.report.EditionState;
import org.fazhi.report.Problem;
import org.fazhi.report.Report;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportPolicy;
import org.fazhi.report.ReportRepository;
import org.fazhi.report.ReportSection;
import org.fazhi.report.ReportingCalendar;
import org.fazhi.report.SectionKind;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.system.Messages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a township's report for a year: the report and its first draft edition, either
 * with the standard title, addressee, signing agency and five headings, or from an
 * earlier published report of the township (its headings, or its whole text), with every
 * year in it moved on. Never falls back silently: asked to copy a year that has no
 * published report, it refuses and names the year that could be copied instead.
 */
@Service
class StartReport {

	private final AgencyRepository agencies;

	private final ReportRepository reports;

	private final ReportEditionRepository editions;

	private final EditionHistory history;

	private final Messages messages;

	private final ReportingCalendar calendar;

	private final Clock clock;

	StartReport(AgencyRepository agencies, ReportRepository reports, ReportEditionRepository editions,
			EditionHistory history, Messages messages, ReportingCalendar calendar, Clock clock) {
		this.agencies = agencies;
		this.reports = reports;
		this.editions = editions;
		this.history = history;
		this.messages = messages;
		this.calendar = calendar;
		this.clock = clock;
	}

	List<Problem> failureReasons(Agency township, NewReportForm form) {
		List<Problem> problems = new ArrayList<>();
		int year = form.year();
		List<Integer> existing = this.reports.findByAgencyIdOrderByYearDesc(township.getId())
			.stream()
			.map(Report::getYear)
			.toList();
		List<Integer> startable = this.calendar.startableYears(existing);
		if (existing.contains(year)) {
			problems.add(new Problem("start.problem.exists", null, year));
		}
		else if (!startable.contains(year)) {
			problems.add(new Problem("start.problem.year", null,
					String.join("、", startable.stream().map(String::valueOf).toList())));
		}
		if (form.basisOrEmpty() != NewReportForm.StartBasis.EMPTY) {
			List<Integer> published = publishedYears(township);
			int source = form.source();
			if (source >= year || !published.contains(source)) {
				Optional<Integer> latest = published.stream().filter((y) -> y < year).findFirst();
				problems
					.add(latest.isPresent() ? Problem.withArguments("start.problem.noSourceTry", source, latest.get())
							: Problem.withArguments("start.problem.noSource", source));
			}
		}
		return problems;
	}

	/**
	 * The township's years with a published report, newest first: what a new report can
	 * start from.
	 */
	List<Integer> publishedYears(Agency township) {
		return this.editions.findYearsByAgencyAndState(township.getId(), EditionState.PUBLISHED);
	}

	@Transactional
	ReportEdition perform(CurrentUser clerk, NewReportForm form) {
		Agency township = this.agencies.findById(clerk.agencyId()).orElseThrow();
		if (!ReportPolicy.mayFile(clerk, township)) {
			throw new AccessDeniedException("Not this township's clerk");
		}
		List<Problem> problems = failureReasons(township, form);
		if (!problems.isEmpty()) {
			throw new VerbRefusedException(problems);
		}
		Instant now = this.clock.instant();
		String actor = clerk.getUsername();
		Report report = this.reports.save(new Report(township, form.year(), actor, now));
		NewReportForm.StartBasis basis = form.basisOrEmpty();
		ReportEdition edition = (basis == NewReportForm.StartBasis.EMPTY) ? standard(report, township, actor, now)
				: fromEarlier(report, this.editions.findPublished(township.getId(), form.source()).orElseThrow(), basis,
						actor, now);
		this.editions.save(edition);
		this.history.transition(actor, edition, "CREATE", null);
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
	 * An earlier report's metadata and headings with every year moved on, and its text
	 * too when asked; the document number and date written are the new report's own.
	 */
	private ReportEdition fromEarlier(Report report, ReportEdition earlier, NewReportForm.StartBasis basis,
			String actor, Instant now) {
		int from = earlier.getReport().getYear();
		int to = report.getYear();
		ReportEdition edition = new ReportEdition(report, 1, shiftYears(earlier.getTitle(), from, to), actor, now);
		EditionMetadata old = earlier.metadata();
		boolean full = basis == NewReportForm.StartBasis.FULL;
		edition.updateMetadata(new EditionMetadata(edition.getTitle(), old.addressee(),
				full ? shiftYears(old.preamble(), from, to) : null, old.signingAgency(), null, null, old.keywords()),
				actor, now);
		for (SectionKind kind : SectionKind.values()) {
			String heading = earlier.section(kind)
				.map((s) -> shiftYears(s.getHeading(), from, to))
				.orElseGet(() -> text(kind.standardHeadingKey(), to, to + 1));
			String body = full ? earlier.section(kind).map(ReportSection::getBody).orElse("") : "";
			edition.addSection(kind, heading, body, actor, now);
		}
		edition.updateTopics(earlier.getTopics(), actor, now);
		return edition;
	}

	/**
	 * Moves the report year {@code from} and the year after it on to {@code to} and the
	 * year after that, the later year first so that nothing is moved twice.
	 */
	static String shiftYears(String text, int from, int to) {
		if (text == null) {
			return null;
		}
		int shift = to - from;
		return text.replace(Integer.toString(from + 1), Integer.toString(from + 1 + shift))
			.replace(Integer.toString(from), Integer.toString(to));
	}

	private String text(String key, Object... args) {
		return this.messages.text(key, args);
	}

}
