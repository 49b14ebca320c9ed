package org.fazhi.filing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.fazhi.account.CurrentUser;
import org.fazhi.importing.DocumentReader;
import org.fazhi.importing.ImportMessages;
import org.fazhi.importing.ImportWarning;
import org.fazhi.importing.ParsedReport;
import org.fazhi.importing.ReportParser;
import org.fazhi.importing.SourceLine;
import org.fazhi.importing.UnreadableDocumentException;
import org.fazhi.report.EditionNotEditableException;
import org.fazhi.report.EditionView;
import org.fazhi.report.ProblemMessages;
import org.fazhi.report.SectionKind;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Import from Word or pasted text" in the clerk's editor: upload or paste, see the parse
 * as a preview with the parts found and missing, re-assign parts, then fill the draft.
 */
@Controller
@RequestMapping("/filing/editions/{id}/import")
class DraftImportController {

	private final FilingReader reader;

	private final DocumentReader documents;

	private final ReportParser parser = new ReportParser();

	private final ImportIntoDraft importIntoDraft;

	private final ImportMessages warnings;

	private final ProblemMessages problemMessages;

	private final DateWrittenCheck dateWritten;

	DraftImportController(FilingReader reader, DocumentReader documents, ImportIntoDraft importIntoDraft,
			ImportMessages warnings, ProblemMessages problemMessages, DateWrittenCheck dateWritten) {
		this.warnings = warnings;
		this.dateWritten = dateWritten;
		this.reader = reader;
		this.documents = documents;
		this.importIntoDraft = importIntoDraft;
		this.problemMessages = problemMessages;
	}

	@GetMapping
	String start(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, Model model,
			RedirectAttributes redirect) {
		EditionView edition = this.reader.page(clerk, id).edition();
		if (!edition.editable()) {
			return FilingPages.notEditable(id, redirect);
		}
		model.addAttribute("edition", edition);
		return "filing/import";
	}

	@PostMapping
	String parse(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id,
			@RequestParam(name = "text", required = false) String text,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		EditionView edition = this.reader.page(clerk, id).edition();
		if (!edition.editable()) {
			return FilingPages.notEditable(id, redirect);
		}
		model.addAttribute("edition", edition);
		try {
			List<SourceLine> lines = (file != null && !file.isEmpty())
					? this.documents.read(file.getOriginalFilename(), file.getBytes()) : this.documents.read(text);
			ParsedReport parsed = this.parser.parse(lines);
			model.addAttribute("pasted", file == null || file.isEmpty());
			model.addAttribute("pageFacts", PageFacts.of(parsed));
			return previewPage(edition, ImportForm.of(parsed, edition.version()), parsed.warnings(), model);
		}
		catch (UnreadableDocumentException ex) {
			model.addAttribute("text", text);
			model.addAttribute("unreadable", ex.messageKey());
			response
				.setStatus(ex.isTampered() ? HttpStatus.BAD_REQUEST.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "filing/import";
		}
		catch (IOException ex) {
			model.addAttribute("text", text);
			model.addAttribute("unreadable", "import.unreadable.corruptDocx");
			return "filing/import";
		}
	}

	@PostMapping("/apply")
	String apply(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, @Valid ImportForm importForm,
			BindingResult result, @RequestParam(name = "pasted", defaultValue = "false") boolean pasted, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("pasted", pasted);
		// Loaded first: someone else's edition is a 404 before anything about the input.
		EditionView edition = this.reader.page(clerk, id).edition();
		if (importForm == null) {
			// Only a tampered form fails to bind at all (a part kind that does not
			// exist).
			redirect.addFlashAttribute("flashError", "import.malformed");
			return "redirect:/filing/editions/" + id + "/import";
		}
		this.dateWritten.check(importForm.dateWritten(), result);
		if (!result.hasErrors()) {
			try {
				this.importIntoDraft.perform(clerk, id, importForm);
				redirect.addFlashAttribute("flash", "flash.imported");
				return "redirect:/filing/editions/" + id;
			}
			catch (VerbRefusedException ex) {
				this.problemMessages.reject(result, ex.getProblems());
			}
			catch (StaleEditionException | ObjectOptimisticLockingFailureException ex) {
				model.addAttribute("conflict", true);
			}
			catch (EditionNotEditableException ex) {
				return FilingPages.notEditable(id, redirect);
			}
		}
		model.addAttribute("edition", edition);
		return previewPage(edition, importForm, List.of(), model);
	}

	private String previewPage(EditionView edition, ImportForm form, List<ImportWarning> warnings, Model model) {
		model.addAttribute("importForm", form);
		Set<SectionKind> found = EnumSet.noneOf(SectionKind.class);
		form.chunksOrEmpty()
			.stream()
			.filter((chunk) -> chunk.kind() != null)
			.forEach((chunk) -> found.add(chunk.kind()));
		List<SectionKind> missing = new ArrayList<>();
		List<String> replaced = new ArrayList<>();
		for (SectionKind kind : SectionKind.values()) {
			if (kind.isRequired() && !found.contains(kind)) {
				missing.add(kind);
			}
		}
		for (EditionView.SectionView section : edition.sections()) {
			if (found.contains(section.kind()) && section.characterCount() > 0) {
				replaced.add(section.heading());
			}
		}
		model.addAttribute("warnings",
				warnings.stream()
					.filter((warning) -> !"missingPart".equals(warning.code()))
					.map(this.warnings::warning)
					.toList());
		model.addAttribute("missing", missing);
		model.addAttribute("replaced", replaced);
		model.addAttribute("kinds", SectionKind.values());
		return "filing/import-preview";
	}

}
