package org.fazhi.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.importing.DocumentReader;
import org.fazhi.importing.UnreadableDocumentException;
import org.fazhi.importing.ZipDocuments;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's archive backfill page: upload many files, see what became of each.
 */
@Controller
@RequestMapping("/admin/archive")
class ArchiveController {

	static final int MAX_FILES = 200;

	private final ArchiveImport archiveImport;

	private final DocumentReader documents;

	private final AgencyRepository agencies;

	ArchiveController(ArchiveImport archiveImport, DocumentReader documents, AgencyRepository agencies) {
		this.archiveImport = archiveImport;
		this.documents = documents;
		this.agencies = agencies;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("counties", this.agencies.findByLevelOrderByIdAsc(AgencyLevel.COUNTY));
		model.addAttribute("onExistingChoices", ArchiveImport.OnExisting.values());
		return "admin/archive";
	}

	@PostMapping
	String upload(@AuthenticationPrincipal CurrentUser admin,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "county", required = false) String county,
			@RequestParam(name = "onExisting", defaultValue = "REFUSE") String onExisting, Model model,
			RedirectAttributes redirect) {
		List<MultipartFile> chosen = (files != null) ? files.stream().filter((f) -> !f.isEmpty()).toList() : List.of();
		List<ArchiveImport.Item> items = (chosen.isEmpty() || chosen.size() > MAX_FILES) ? List.of()
				: items(this.documents, chosen);
		if (items.isEmpty() || items.size() > MAX_FILES) {
			model.addAttribute("error", chosen.isEmpty() ? "archive.noFiles" : "archive.tooMany");
			model.addAttribute("county", county);
			return form(model);
		}
		List<ArchiveOutcome> outcomes = this.archiveImport.perform(items, county, onExisting(onExisting),
				admin.getUsername());
		redirect.addFlashAttribute("outcomes", new ArrayList<>(outcomes));
		return "redirect:/admin/archive";
	}

	static ArchiveImport.OnExisting onExisting(String value) {
		return "CORRECT".equalsIgnoreCase(value) ? ArchiveImport.OnExisting.CORRECT : ArchiveImport.OnExisting.REFUSE;
	}

	/**
	 * Reads every file, and every document in each .zip; one that cannot be read becomes
	 * an item that says why.
	 */
	static List<ArchiveImport.Item> items(DocumentReader documents, List<MultipartFile> files) {
		List<ArchiveImport.Item> items = new ArrayList<>();
		for (MultipartFile file : files) {
			String name = safeName(file.getOriginalFilename());
			byte[] bytes;
			try {
				bytes = file.getBytes();
			}
			catch (IOException ex) {
				items.add(new ArchiveImport.Item(name, null, null, "upload.broken"));
				continue;
			}
			if (DocumentReader.isZipOfDocuments(name, bytes)) {
				try {
					for (ZipDocuments.Entry entry : documents.unzip(name, bytes)) {
						items.add(item(documents, name + "/" + entry.name(), entry.bytes()));
					}
				}
				catch (UnreadableDocumentException ex) {
					items.add(new ArchiveImport.Item(name, null, null, ex.messageKey()));
				}
			}
			else {
				items.add(item(documents, name, bytes));
			}
		}
		return items;
	}

	private static ArchiveImport.Item item(DocumentReader documents, String name, byte[] bytes) {
		try {
			// A saved page names the address it came from: that, not the file name, is
			// what the public page shows.
			return new ArchiveImport.Item(name, documents.address(name, bytes).orElse(null),
					documents.read(name, bytes), null);
		}
		catch (UnreadableDocumentException ex) {
			return new ArchiveImport.Item(name, null, null, ex.messageKey());
		}
	}

	/**
	 * The last path segment only, shortened: browsers may send a full client path, and a
	 * name is only ever shown, never used to open anything.
	 */
	static String safeName(String name) {
		if (name == null || name.isBlank()) {
			return "-";
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return (last.length() > 200) ? last.substring(0, 200) : last;
	}

}
