package org.fazhi.disclosure;

import org.fazhi.report.DocxExporter;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public home page and report pages; open to everyone, showing published reports,
 * their earlier versions and withdrawal notices only.
 */
@Controller
class PublicController {

	private static final int LATEST = 20;

	private final PublicReports reports;

	private final DocxExporter docx;

	PublicController(PublicReports reports, DocxExporter docx) {
		this.reports = reports;
		this.docx = docx;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("latest", this.reports.latest(LATEST));
		return "home";
	}

	@GetMapping("/reports/{id}")
	String report(@PathVariable Long id, Model model) {
		return page(this.reports.report(id, null), model);
	}

	@GetMapping("/reports/{id}/versions/{number}")
	String version(@PathVariable Long id, @PathVariable Integer number, Model model) {
		return page(this.reports.report(id, number), model);
	}

	private String page(PublicReports.PublicReport report, Model model) {
		model.addAttribute("publicReport", report);
		model.addAttribute("report", report.shown());
		return "disclosure/report";
	}

	@GetMapping("/reports/{id}/export.docx")
	ResponseEntity<byte[]> export(@PathVariable Long id) {
		return this.docx.download(this.reports.published(id));
	}

}
