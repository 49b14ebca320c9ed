package org.fazhi.disclosure;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.agency.AgencyDirectory;
import org.fazhi.attachment.Attachments;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.report.DocxExporter;
import org.fazhi.report.EditionNotFoundException;
import org.fazhi.report.EditionView;
import org.fazhi.system.NotFoundException;
import org.fazhi.system.QueryParams;
import org.fazhi.system.ReadingPreferences;
import org.fazhi.system.SiteVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The public 政府信息公开 pages: home with its entries by region, year and topic; list pages
 * combining them; each report (with its earlier versions, print view and Word download);
 * and each township's page. Published pages answer conditional requests with 304.
 */
@Controller
class PublicController {

	private static final int LATEST = 10;

	private final ReportPages reports;

	private final BrowsePages browser;

	private final AgencyPage agencyPage;

	private final BrowseFacets facets;

	private final AgencyDirectory directory;

	private final ViewCounter views;

	private final DocxExporter docx;

	private final SiteVersion site;

	private final Attachments attachments;

	PublicController(ReportPages reports, BrowsePages browser, AgencyPage agencyPage, BrowseFacets facets,
			AgencyDirectory directory, ViewCounter views, DocxExporter docx, SiteVersion site,
			Attachments attachments) {
		this.attachments = attachments;
		this.reports = reports;
		this.browser = browser;
		this.facets = facets;
		this.agencyPage = agencyPage;
		this.directory = directory;
		this.views = views;
		this.docx = docx;
		this.site = site;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("latest", this.reports.latest(LATEST));
		model.addAttribute("entries", this.browser.entries());
		return "home";
	}

	@GetMapping("/browse")
	String browse(@RequestParam(name = "region", required = false) String region,
			@RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "topic", required = false) String topic,
			@RequestParam(name = "page", required = false) String page, Model model) {
		Long regionId = (region != null && !region.isBlank()) ? this.directory.byCode(region.strip())
			.map(AgencyDirectory.Node::id)
			.orElseThrow(() -> new NotFoundException("region", region)) : null;
		PublishedLists.Filter filter = new PublishedLists.Filter(regionId, QueryParams.integer(year),
				QueryParams.longValue(topic));
		BrowsePages.Browse browse = this.browser.browse(filter, Math.max(0, QueryParams.integerOr(page, 0)));
		model.addAttribute("browse", browse);
		model.addAttribute("facets", this.facets.of(browse));
		return "disclosure/browse";
	}

	@GetMapping("/reports/{id}")
	String report(@PathVariable Long id, @ModelAttribute("prefs") ReadingPreferences prefs, WebRequest request,
			HttpServletRequest servletRequest, Model model) {
		ReportPages.PublicReport report = this.reports.report(id, null);
		if (notModified(request, report, prefs, "p")) {
			// The reader has this page already: not a new view.
			return null;
		}
		String agent = servletRequest.getHeader(HttpHeaders.USER_AGENT);
		this.views.record(id, servletRequest.getRemoteAddr() + "|"
				+ ((agent != null) ? agent.substring(0, Math.min(agent.length(), 200)) : ""));
		return page(report, model, "disclosure/report");
	}

	@GetMapping("/reports/{id}/versions/{number}")
	String version(@PathVariable Long id, @PathVariable Integer number,
			@ModelAttribute("prefs") ReadingPreferences prefs, WebRequest request, Model model) {
		ReportPages.PublicReport report = this.reports.report(id, number);
		if (notModified(request, report, prefs, "v" + number)) {
			return null;
		}
		return page(report, model, "disclosure/report");
	}

	@GetMapping("/reports/{id}/print")
	String print(@PathVariable Long id, Model model) {
		ReportPages.PublicReport report = this.reports.report(id, null);
		if (report.withdrawn()) {
			throw new EditionNotFoundException(id);
		}
		return page(report, model, "disclosure/print");
	}

	private String page(ReportPages.PublicReport report, Model model, String view) {
		EditionView shown = report.shown();
		model.addAttribute("publicReport", report);
		model.addAttribute("report", shown.withViews(shown.views() + this.views.pending(shown.reportId())));
		// The files of what is public now; an earlier version's are not offered.
		if (!report.withdrawn() && report.shownVersion() == null) {
			model.addAttribute("attachments", this.attachments.of(shown.id()));
			model.addAttribute("attachmentBase", "/reports/" + shown.reportId() + "/attachments/");
		}
		return view;
	}

	/**
	 * Answers 304 when the reader has this version of the page: the ETag covers the
	 * edition, its version, the reader's text settings and the site's own version (a
	 * deploy that changes how pages look must not keep serving the old markup);
	 * Last-Modified is the last publication or withdrawal.
	 */
	private boolean notModified(WebRequest request, ReportPages.PublicReport report, ReadingPreferences prefs,
			String variant) {
		EditionView current = report.current();
		String etag = "\"" + variant + "-" + current.id() + "-" + current.version() + "-" + prefs.token() + "-"
				+ this.site.token() + "\"";
		Instant modified = (current.withdrawnAt() != null) ? current.withdrawnAt() : current.publishedAt();
		return request.getUserPrincipal() == null
				&& request.checkNotModified(etag, (modified != null) ? modified.toEpochMilli() : 0);
	}

	@GetMapping("/reports/{id}/export.docx")
	ResponseEntity<byte[]> export(@PathVariable Long id) {
		return this.docx.download(this.reports.published(id));
	}

	@GetMapping("/agencies/{code}")
	String agency(@PathVariable String code, WebRequest request, Model model) {
		AgencyDirectory.Node node = this.directory.byCode(code)
			.orElseThrow(() -> new NotFoundException("agency", code));
		if (node.level() != AgencyLevel.TOWNSHIP) {
			return "redirect:/browse?region=" + node.code();
		}
		AgencyPage.Page page = this.agencyPage.page(code).orElseThrow(() -> new NotFoundException("agency", code));
		model.addAttribute("agencyPage", page);
		return "disclosure/agency";
	}

}
