package org.fazhi.feedback;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.account.CurrentUser;
import org.fazhi.account.Role;
import org.fazhi.agency.AgencyDirectory;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.notification.Notices;
import org.fazhi.report.Report;
import org.fazhi.report.ReportRepository;
import org.fazhi.system.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' reports of errors on public pages: each kept for the county whose page it is
 * (a report's township's county, a township page's county) and told to its reviewers; a
 * page of no county goes to the admins. Reviewers see and resolve their county's, admins
 * everyone's.
 */
@Service
class SiteErrors {

	/** Reports listed on one page, newest unresolved first. */
	static final int LISTED = 200;

	private static final Pattern REPORT_PAGE = Pattern.compile("^/reports/(\\d{1,18})(?:[/?#].*)?$");

	private static final Pattern AGENCY_PAGE = Pattern.compile("^/agencies/([0-9A-Z]{18})(?:[/?#].*)?$");

	/** Where the county deals with them. */
	static final String INBOX = "/review/feedback";

	private final SiteErrorReportRepository reports;

	private final ReportRepository publicReports;

	private final AgencyDirectory directory;

	private final Notices notices;

	private final Clock clock;

	SiteErrors(SiteErrorReportRepository reports, ReportRepository publicReports, AgencyDirectory directory,
			Notices notices, Clock clock) {
		this.reports = reports;
		this.publicReports = publicReports;
		this.directory = directory;
		this.notices = notices;
		this.clock = clock;
	}

	@Transactional
	void receive(FeedbackForm form) {
		String page = form.page().strip();
		Optional<Report> report = reportOn(page);
		Long reportId = report.map(Report::getId).orElse(null);
		Long county = report.map((r) -> r.getAgency().getId())
			.or(() -> agencyOn(page))
			.flatMap(this::county)
			.orElse(null);
		String description = form.description().strip();
		this.reports
			.save(new SiteErrorReport(page, description, form.contactOrNull(), reportId, county, this.clock.instant()));
		String excerpt = (description.length() > 60) ? description.substring(0, 60) + "…" : description;
		this.notices.tellCounty(county, "siteError", INBOX, List.of(page, excerpt));
	}

	@Transactional(readOnly = true)
	List<SiteErrorReport> visibleTo(CurrentUser user) {
		PageRequest first = PageRequest.of(0, LISTED);
		return user.is(Role.ADMIN) ? this.reports.findAllByOrderByStateAscCreatedAtDesc(first)
				: this.reports.findByCountyIdOrderByStateAscCreatedAtDesc(user.agencyId(), first);
	}

	@Transactional
	void resolve(CurrentUser user, Long id) {
		SiteErrorReport report = this.reports.findById(id)
			.filter((r) -> user.is(Role.ADMIN) || (r.getCountyId() != null && r.getCountyId().equals(user.agencyId())))
			.orElseThrow(() -> new NotFoundException("site error report", id));
		if (!report.isResolved()) {
			report.resolve(user.getUsername(), this.clock.instant());
		}
	}

	private Optional<Report> reportOn(String page) {
		Matcher matcher = REPORT_PAGE.matcher(page);
		return matcher.matches() ? this.publicReports.findById(Long.parseLong(matcher.group(1))) : Optional.empty();
	}

	private Optional<Long> agencyOn(String page) {
		Matcher matcher = AGENCY_PAGE.matcher(page);
		return matcher.matches() ? this.directory.byCode(matcher.group(1)).map(AgencyDirectory.Node::id)
				: Optional.empty();
	}

	/** The agency itself when a county, its county when a township, else none. */
	private Optional<Long> county(Long agencyId) {
		return this.directory.byId(agencyId).flatMap((node) -> switch (node.level()) {
			case COUNTY -> Optional.of(node.id());
			case TOWNSHIP -> Optional.ofNullable(node.parentId());
			default -> Optional.<Long>empty();
		});
	}

}
