package org.fazhi.importing;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.account.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's bulk upload of agencies and users. New users' passwords are shown on the
 * response to the upload itself rather than after a redirect, so that they never pass
 * through the session store, and the page is marked not to be cached.
 */
@Controller
@RequestMapping("/admin/bulk")
class BulkController {

	private final BulkImport bulkImport;

	BulkController(BulkImport bulkImport) {
		this.bulkImport = bulkImport;
	}

	@GetMapping
	String form() {
		return "admin/bulk";
	}

	@PostMapping("/{what:agencies|users}")
	String upload(@AuthenticationPrincipal CurrentUser admin, @PathVariable String what,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "text", required = false) String text, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		String csv;
		try {
			csv = (file != null && !file.isEmpty()) ? DocumentReader.decode(file.getBytes()) : text;
		}
		catch (UnreadableDocumentException | IOException ex) {
			model.addAttribute("unreadable",
					(ex instanceof UnreadableDocumentException u) ? u.messageKey() : "upload.broken");
			return page(what, text, model);
		}
		if (csv == null || csv.isBlank()) {
			model.addAttribute("unreadable", "bulk.empty");
			return page(what, text, model);
		}
		BulkImport.Result result = "agencies".equals(what) ? this.bulkImport.agencies(csv, admin.getUsername())
				: this.bulkImport.users(csv, admin.getUsername());
		if (!result.ok()) {
			model.addAttribute("errors", result.errors());
			return page(what, csv, model);
		}
		if ("agencies".equals(what)) {
			redirect.addFlashAttribute("created", result.created());
			return "redirect:/admin/bulk";
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("result", result);
		return "admin/bulk-passwords";
	}

	private static String page(String what, String text, Model model) {
		model.addAttribute("failed", what);
		model.addAttribute("text", text);
		return "admin/bulk";
	}

}
