package org.fazhi.account;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.system.CsvUpload;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The admin's upload of users in bulk, from the bulk page. New users' passwords are shown
 * on the response to the upload itself rather than after a redirect, so that they never
 * pass through the session store, and the page is marked not to be cached.
 */
@Controller
class UserBulkController {

	private final UserBulkImport bulkImport;

	UserBulkController(UserBulkImport bulkImport) {
		this.bulkImport = bulkImport;
	}

	@PostMapping("/admin/bulk/users")
	String upload(@AuthenticationPrincipal CurrentUser admin,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "text", required = false) String text, Model model, HttpServletResponse response) {
		model.addAttribute("failed", "users");
		CsvUpload.Sent sent = CsvUpload.sent(file, text);
		model.addAttribute("text", sent.csv());
		if (sent.unreadable() != null) {
			model.addAttribute("unreadable", sent.unreadable());
			return "admin/bulk";
		}
		UserBulkImport.Result result = this.bulkImport.perform(sent.csv(), admin);
		if (!result.errors().isEmpty()) {
			model.addAttribute("errors", result.errors());
			return "admin/bulk";
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("result", result);
		return "admin/bulk-passwords";
	}

}
