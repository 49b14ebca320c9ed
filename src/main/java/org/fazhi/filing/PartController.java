package org.fazhi.filing;

import java.time.Clock;

import jakarta.validation.Valid;
import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionNotEditableException;
import org.fazhi.report.EditionNotFoundException;
import org.fazhi.report.EditionView;
import org.fazhi.report.ProblemMessages;
import org.fazhi.report.ReportSettings;
import org.fazhi.report.SectionKind;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.TextDiff;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.system.DisplayFormats;
import org.fazhi.system.Messages;
import org.fazhi.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One part of an edition at a time: its editor, saving it, and the editor's autosave. A
 * save that crossed another shows what was typed against what is saved.
 */
@Controller
@RequestMapping("/filing/editions/{id}/parts/{part}")
class PartController {

	private final FilingReader reader;

	private final EditionEditor editor;

	private final EditionAccess access;

	private final ProblemMessages problemMessages;

	private final Messages messages;

	private final DisplayFormats formats;

	private final ReportSettings settings;

	private final Clock clock;

	PartController(FilingReader reader, EditionEditor editor, EditionAccess access, ProblemMessages problemMessages,
			Messages messages, DisplayFormats formats, ReportSettings settings, Clock clock) {
		this.reader = reader;
		this.editor = editor;
		this.access = access;
		this.problemMessages = problemMessages;
		this.messages = messages;
		this.formats = formats;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping
	String part(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, @PathVariable String part,
			Model model) {
		FilingReader.EditionPage page = this.reader.page(clerk, id);
		EditionView.SectionView section = section(page.edition(), kind(part));
		model.addAttribute("sectionForm", new SectionForm(section.heading(), section.body(), page.edition().version()));
		return partPage(page, section, model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, @PathVariable String part,
			@Valid SectionForm sectionForm, BindingResult result, Model model, RedirectAttributes redirect) {
		SectionKind kind = kind(part);
		if (!result.hasErrors()) {
			try {
				this.editor.saveSection(clerk, id, kind, sectionForm);
				redirect.addFlashAttribute(FilingPages.FLASH, "flash.saved");
				return FilingPages.edition(id);
			}
			catch (VerbRefusedException ex) {
				this.problemMessages.reject(result, ex.getProblems());
			}
			catch (StaleEditionException | ObjectOptimisticLockingFailureException ex) {
				// Keep what the clerk typed on screen and show how it differs from what
				// is saved.
				FilingReader.EditionPage page = this.reader.page(clerk, id);
				EditionView.SectionView saved = section(page.edition(), kind);
				model.addAttribute("conflict", true);
				model.addAttribute("savedVersion", page.edition().version());
				model.addAttribute("conflictHeading", !saved.heading().equals(sectionForm.heading()));
				model.addAttribute("changes", TextDiff.diff(saved.body(), sectionForm.bodyOrEmpty()));
				return partPage(page, saved, model);
			}
			catch (EditionNotEditableException ex) {
				return FilingPages.notEditable(id, redirect);
			}
		}
		FilingReader.EditionPage page = this.reader.page(clerk, id);
		return partPage(page, section(page.edition(), kind), model);
	}

	@PostMapping(path = "/autosave", produces = "application/json")
	@ResponseBody
	ResponseEntity<AutosaveResult> autosave(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id,
			@PathVariable String part, @Valid SectionForm sectionForm, BindingResult result) {
		SectionKind kind = kind(part);
		// Someone else's edition is answered 404 before anything about the input is said.
		this.access.forFiling(clerk, id);
		if (result.hasErrors()) {
			return ResponseEntity.unprocessableContent()
				.body(AutosaveResult.refused("invalid", this.messages.text(result.getAllErrors().get(0))));
		}
		try {
			long version = this.editor.saveSection(clerk, id, kind, sectionForm);
			return ResponseEntity.ok(AutosaveResult.saved(version, this.formats.dateTime(this.clock.instant())));
		}
		catch (VerbRefusedException ex) {
			return ResponseEntity.unprocessableContent()
				.body(AutosaveResult.refused("invalid", this.problemMessages.show(ex.getProblems()).get(0).text()));
		}
		catch (StaleEditionException | ObjectOptimisticLockingFailureException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(AutosaveResult.refused("conflict", this.messages.text("autosave.conflict")));
		}
		catch (EditionNotEditableException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(AutosaveResult.refused("notEditable", this.messages.text("flash.notEditable")));
		}
	}

	private String partPage(FilingReader.EditionPage page, EditionView.SectionView section, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("edition", page.edition());
		model.addAttribute("kind", section.kind());
		model.addAttribute("section", section);
		model.addAttribute("partRemarks", page.remarksOn(section.kind()));
		model.addAttribute("maxLength", this.settings.maxPartLength());
		model.addAttribute("autosaveMillis", this.settings.autosaveSeconds() * 1000L);
		return "filing/part";
	}

	private static SectionKind kind(String slug) {
		return SectionKind.fromSlug(slug).orElseThrow(() -> new NotFoundException("part", slug));
	}

	private static EditionView.SectionView section(EditionView edition, SectionKind kind) {
		return edition.sections()
			.stream()
			.filter((s) -> s.kind() == kind)
			.findFirst()
			.orElseThrow(() -> new EditionNotFoundException(edition.id()));
	}

}
