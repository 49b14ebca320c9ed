package org.fazhi.filing;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionNotEditableException;
import org.fazhi.report.EditionNotFoundException;
import org.fazhi.report.EditionView;
import org.fazhi.report.ProblemMessages;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportSettings;
import org.fazhi.report.SectionKind;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clerk's pages: the township's reports, the edition's task list with its metadata,
 * one part at a time, and submission. Every handler loads the edition through
 * {@link FilingAccess}, so another township's report answers 404.
 */
@Controller
@RequestMapping("/filing")
class FilingController {

	private static final String FLASH = "flash";

	private final ReportEditionRepository editions;

	private final StartReport startReport;

	private final EditionEditor editor;

	private final SubmitEdition submitEdition;

	private final ProblemMessages problemMessages;

	private final ReportSettings settings;

	private final java.time.Clock clock;

	FilingController(ReportEditionRepository editions, StartReport startReport, EditionEditor editor,
			SubmitEdition submitEdition, ProblemMessages problemMessages, ReportSettings settings,
			java.time.Clock clock) {
		this.editions = editions;
		this.startReport = startReport;
		this.editor = editor;
		this.submitEdition = submitEdition;
		this.problemMessages = problemMessages;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping
	String home(@AuthenticationPrincipal CurrentUser clerk, Model model) {
		if (!model.containsAttribute("newReportForm")) {
			model.addAttribute("newReportForm", new NewReportForm(defaultYear()));
		}
		model.addAttribute("rows", rows(clerk));
		model.addAttribute("years", selectableYears());
		return "filing/home";
	}

	@PostMapping("/reports")
	String start(@AuthenticationPrincipal CurrentUser clerk, @Valid NewReportForm newReportForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ReportEdition edition = this.startReport.perform(clerk, newReportForm.year());
				redirect.addFlashAttribute(FLASH, "flash.reportStarted");
				return "redirect:/filing/editions/" + edition.getId();
			}
			catch (VerbRefusedException ex) {
				model.addAttribute("problems", this.problemMessages.show(ex.getProblems()));
			}
		}
		model.addAttribute("rows", rows(clerk));
		model.addAttribute("years", selectableYears());
		return "filing/home";
	}

	@GetMapping("/editions/{id}")
	String edition(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, Model model) {
		EditionView edition = this.editor.view(clerk, id);
		model.addAttribute("edition", edition);
		if (!model.containsAttribute("metadataForm")) {
			model.addAttribute("metadataForm", MetadataForm.of(edition));
		}
		return "filing/edition";
	}

	@PostMapping("/editions/{id}/metadata")
	String saveMetadata(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id,
			@Valid MetadataForm metadataForm, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.editor.saveMetadata(clerk, id, metadataForm);
				redirect.addFlashAttribute(FLASH, "flash.saved");
				return "redirect:/filing/editions/" + id;
			}
			catch (StaleEditionException | ObjectOptimisticLockingFailureException ex) {
				model.addAttribute("conflict", true);
			}
			catch (EditionNotEditableException ex) {
				return notEditable(id, redirect);
			}
		}
		model.addAttribute("edition", this.editor.view(clerk, id));
		return "filing/edition";
	}

	@GetMapping("/editions/{id}/parts/{part}")
	String part(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, @PathVariable String part,
			Model model) {
		EditionView edition = this.editor.view(clerk, id);
		EditionView.SectionView section = section(edition, kind(part, id));
		model.addAttribute("sectionForm", new SectionForm(section.heading(), section.body(), edition.version()));
		return partPage(edition, section, model);
	}

	@PostMapping("/editions/{id}/parts/{part}")
	String savePart(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, @PathVariable String part,
			@Valid SectionForm sectionForm, BindingResult result, Model model, RedirectAttributes redirect) {
		SectionKind kind = kind(part, id);
		if (sectionForm.bodyOrEmpty().length() > this.settings.maxPartLength()) {
			result.rejectValue("body", "part.tooLong", new Object[] { this.settings.maxPartLength() }, null);
		}
		if (!result.hasErrors()) {
			try {
				this.editor.saveSection(clerk, id, kind, sectionForm);
				redirect.addFlashAttribute(FLASH, "flash.saved");
				return "redirect:/filing/editions/" + id;
			}
			catch (StaleEditionException | ObjectOptimisticLockingFailureException ex) {
				// Keep what the clerk typed on screen; they decide what to do with it.
				model.addAttribute("conflict", true);
			}
			catch (EditionNotEditableException ex) {
				return notEditable(id, redirect);
			}
		}
		EditionView edition = this.editor.view(clerk, id);
		return partPage(edition, section(edition, kind), model);
	}

	private String partPage(EditionView edition, EditionView.SectionView section, Model model) {
		model.addAttribute("edition", edition);
		model.addAttribute("kind", section.kind());
		model.addAttribute("section", section);
		model.addAttribute("maxLength", this.settings.maxPartLength());
		return "filing/part";
	}

	@GetMapping("/editions/{id}/submit")
	String confirmSubmit(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, Model model) {
		model.addAttribute("edition", this.editor.view(clerk, id));
		model.addAttribute("problems", this.problemMessages.show(this.submitEdition.failureReasons(clerk, id)));
		return "filing/submit";
	}

	@PostMapping("/editions/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id,
			@RequestParam(name = "version", required = false) Long version, Model model, RedirectAttributes redirect) {
		try {
			this.submitEdition.perform(clerk, id, version);
			redirect.addFlashAttribute(FLASH, "flash.submitted");
			return "redirect:/filing";
		}
		catch (VerbRefusedException ex) {
			model.addAttribute("problems", this.problemMessages.show(ex.getProblems()));
		}
		catch (StaleEditionException | ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
			model.addAttribute("problems", this.problemMessages.show(this.submitEdition.failureReasons(clerk, id)));
		}
		model.addAttribute("edition", this.editor.view(clerk, id));
		return "filing/submit";
	}

	private String notEditable(Long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", "flash.notEditable");
		return "redirect:/filing/editions/" + id;
	}

	private static SectionKind kind(String slug, Long editionId) {
		return SectionKind.fromSlug(slug).orElseThrow(() -> new EditionNotFoundException(editionId));
	}

	private static EditionView.SectionView section(EditionView edition, SectionKind kind) {
		return edition.sections()
			.stream()
			.filter((s) -> s.kind() == kind)
			.findFirst()
			.orElseThrow(() -> new EditionNotFoundException(edition.id()));
	}

	private List<FilingRow> rows(CurrentUser clerk) {
		// Editions come newest first per year; the first one seen for a year is the
		// current one.
		Map<Integer, FilingRow> byYear = new LinkedHashMap<>();
		for (ReportEdition e : this.editions
			.findByReportAgencyIdOrderByReportYearDescEditionNumberDesc(clerk.agencyId())) {
			byYear.putIfAbsent(e.getReport().getYear(),
					new FilingRow(e.getReport().getYear(), e.getId(), e.getReport().getId(), e.getTitle(), e.getState(),
							e.getReport().getIndexNumber(), e.getUpdatedAt(), e.getSubmittedAt(), e.getPublishedAt()));
		}
		return List.copyOf(byYear.values());
	}

	/**
	 * The year a clerk most likely starts now: from July the current year's report is
	 * being prepared; until then last year's is still due.
	 */
	private int defaultYear() {
		LocalDate today = LocalDate.now(this.clock);
		return (today.getMonthValue() >= 7) ? today.getYear() : today.getYear() - 1;
	}

	private List<Integer> selectableYears() {
		int current = Year.now(this.clock).getValue();
		return java.util.stream.IntStream.iterate(current, (y) -> y >= StartReport.FIRST_YEAR, (y) -> y - 1)
			.boxed()
			.toList();
	}

}
