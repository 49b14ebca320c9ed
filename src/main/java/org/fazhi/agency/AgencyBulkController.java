package org.fazhi.agency;

import org.fazhi.system.CsvUpload;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's upload of agencies in bulk, from the bulk page.
 */
@Controller
class AgencyBulkController {

	/** The bulk page, shared with the users' upload. */
	static final String PAGE = "admin/bulk";

	private final AgencyBulkImport bulkImport;

	AgencyBulkController(AgencyBulkImport bulkImport) {
		this.bulkImport = bulkImport;
	}

	@PostMapping("/admin/bulk/agencies")
	String upload(@AuthenticationPrincipal UserDetails admin,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "text", required = false) String text, Model model, RedirectAttributes redirect) {
		model.addAttribute("failed", "agencies");
		CsvUpload.Sent sent = CsvUpload.sent(file, text);
		model.addAttribute("text", sent.csv());
		if (sent.unreadable() != null) {
			model.addAttribute("unreadable", sent.unreadable());
			return PAGE;
		}
		AgencyBulkImport.Result result = this.bulkImport.perform(sent.csv(), admin.getUsername());
		if (!result.errors().isEmpty()) {
			model.addAttribute("errors", result.errors());
			return PAGE;
		}
		redirect.addFlashAttribute("created", result.created());
		return "redirect:/admin/bulk";
	}

}
