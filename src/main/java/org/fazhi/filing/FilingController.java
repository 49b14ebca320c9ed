package org.fazhi.filing;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.fazhi.account.CurrentUser;
import org.fazhi.report.DocxExporter;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionNotEditableException;
import org.fazhi.report.EditionNotFoundException;
import org.fazhi.report.EditionView;
import org.fazhi.report.IllegalTransitionException;
import org.fazhi.report.ProblemMessages;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportSettings;
import org.fazhi.report.ReportingCalendar;
import org.fazhi.report.SectionKind;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.TextDiff;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.system.DisplayFormats;
import org.fazhi.system.QueryParams;
import org.fazhi.topic.Topic;
import org.fazhi.topic.TopicRepository;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clerk's pages: the township's reports and deadlines, the edition's task list with
 * its metadata and topics, one part at a time (with autosave), preview, Word export and
 * submission. Every handler loads the edition through {@code EditionAccess}, so another
 * township's report answers 404.
 */
@Controller
@RequestMapping("/filing")
class FilingController {

	private static final String FLASH = "flash";

	private final TopicRepository topics;

	private final StartReport startReport;

	private final EditionEditor editor;

	private final FilingReader reader;

	private final SubmitEdition submitEdition;

	private final StartCorrection startCorrection;

	private final DocxExporter docx;

	private final ProblemMessages problemMessages;

	private final MessageSource messages;

	private final DisplayFormats formats;

	private final ReportSettings settings;

	private final Clock clock;

	private final EditionAccess access;

	private final ReportingCalendar calendar;

	FilingController(EditionAccess access, TopicRepository topics, StartReport startReport, EditionEditor editor,
			FilingReader reader, SubmitEdition submitEdition, StartCorrection startCorrection, DocxExporter docx,
			ProblemMessages problemMessages, MessageSource messages, DisplayFormats formats, ReportSettings settings,
			Clock clock, ReportingCalendar calendar) {
		this.calendar = calendar;
		this.access = access;
		this.topics = topics;
		this.startReport = startReport;
		this.editor = editor;
		this.reader = reader;
		this.submitEdition = submitEdition;
		this.startCorrection = startCorrection;
		this.docx = docx;
		this.problemMessages = problemMessages;
		this.messages = messages;
		this.formats = formats;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping
	String home(@AuthenticationPrincipal CurrentUser clerk, @RequestParam(name = "year", required = false) String year,
			Model model) {
		FilingReader.HomePage home = this.reader.home(clerk);
		if (!model.containsAttribute("newReportForm")) {
			Integer asked = QueryParams.integer(year);
			Integer chosen = (asked != null && home.startable().contains(asked)) ? asked : home.defaultYear();
			Integer source = (chosen == null) ? null
					: home.publishedYears().stream().filter((y) -> y < chosen).findFirst().orElse(null);
			model.addAttribute("newReportForm", new NewReportForm(chosen, NewReportForm.StartBasis.EMPTY, source));
		}
		return homePage(home, model);
	}

	@PostMapping("/reports")
	String start(@AuthenticationPrincipal CurrentUser clerk, @Valid NewReportForm newReportForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ReportEdition edition = this.startReport.perform(clerk, newReportForm);
				redirect.addFlashAttribute(FLASH, "flash.reportStarted");
				return "redirect:/filing/editions/" + edition.getId();
			}
			catch (VerbRefusedException ex) {
				model.addAttribute("problems", this.problemMessages.show(ex.getProblems()));
			}
		}
		return homePage(this.reader.home(clerk), model);
	}

	private String homePage(FilingReader.HomePage home, Model model) {
		model.addAttribute("home", home);
		model.addAttribute("rows", home.rows());
		return "filing/home";
	}

	@GetMapping("/editions/{id}")
	String edition(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, Model model) {
		FilingReader.EditionPage page = this.reader.page(clerk, id);
		if (!model.containsAttribute("metadataForm")) {
			// Ticked means saved: suggestions are shown beside the boxes, never
			// pre-ticked,
			// so the page and the submission checks always agree.
			model.addAttribute("metadataForm", MetadataForm.of(page.edition(), List.copyOf(page.chosenTopicIds())));
		}
		return editionPage(page, model);
	}

	@PostMapping("/editions/{id}/metadata")
	String saveMetadata(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id,
			@Valid MetadataForm metadataForm, BindingResult result, Model model, RedirectAttributes redirect) {
		// When not every value converted (a date typed as text) the binding result has no
		// target: it holds what was typed and says what is wrong.
		boolean bound = result.getTarget() != null;
		List<Long> topicIds = bound ? metadataForm.topicIdsOrEmpty() : List.of();
		List<Topic> chosen = this.topics.findAllById(topicIds);
		if (bound && chosen.size() != topicIds.stream().distinct().count()) {
			result.rejectValue("topicIds", "topics.unknown");
		}
		if (bound && this.calendar.isTooFarAhead(metadataForm.dateWritten())) {
			result.rejectValue("dateWritten", "dateWritten.tooFarAhead",
					new Object[] { this.formats.chineseDate(this.calendar.latestDateWritten()),
							ReportingCalendar.DATE_WRITTEN_LEEWAY.getDays() },
					null);
		}
		if (!result.hasErrors()) {
			try {
				this.editor.saveMetadata(clerk, id, metadataForm, chosen);
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
		return editionPage(this.reader.page(clerk, id), model);
	}

	private String editionPage(FilingReader.EditionPage page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("edition", page.edition());
		return "filing/edition";
	}

	@GetMapping("/editions/{id}/parts/{part}")
	String part(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, @PathVariable String part,
			Model model) {
		FilingReader.EditionPage page = this.reader.page(clerk, id);
		EditionView.SectionView section = section(page.edition(), kind(part, id));
		model.addAttribute("sectionForm", new SectionForm(section.heading(), section.body(), page.edition().version()));
		return partPage(page, section, model);
	}

	@PostMapping("/editions/{id}/parts/{part}")
	String savePart(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, @PathVariable String part,
			@Valid SectionForm sectionForm, BindingResult result, Model model, RedirectAttributes redirect) {
		SectionKind kind = kind(part, id);
		checkLength(sectionForm, result);
		if (!result.hasErrors()) {
			try {
				this.editor.saveSection(clerk, id, kind, sectionForm);
				redirect.addFlashAttribute(FLASH, "flash.saved");
				return "redirect:/filing/editions/" + id;
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
				return notEditable(id, redirect);
			}
		}
		FilingReader.EditionPage page = this.reader.page(clerk, id);
		return partPage(page, section(page.edition(), kind), model);
	}

	@PostMapping(path = "/editions/{id}/parts/{part}/autosave", produces = "application/json")
	@ResponseBody
	ResponseEntity<AutosaveResult> autosave(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id,
			@PathVariable String part, @Valid SectionForm sectionForm, BindingResult result) {
		SectionKind kind = kind(part, id);
		// Someone else's edition is answered 404 before anything about the input is said.
		this.access.forFiling(clerk, id);
		checkLength(sectionForm, result);
		if (result.hasErrors()) {
			String message = this.messages.getMessage(result.getAllErrors().get(0), Locale.SIMPLIFIED_CHINESE);
			return ResponseEntity.unprocessableContent().body(AutosaveResult.refused("invalid", message));
		}
		try {
			long version = this.editor.saveSection(clerk, id, kind, sectionForm);
			return ResponseEntity.ok(AutosaveResult.saved(version, this.formats.dateTime(this.clock.instant())));
		}
		catch (StaleEditionException | ObjectOptimisticLockingFailureException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(AutosaveResult.refused("conflict", text("autosave.conflict")));
		}
		catch (EditionNotEditableException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(AutosaveResult.refused("notEditable", text("flash.notEditable")));
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

	private void checkLength(SectionForm form, BindingResult result) {
		if (form.bodyOrEmpty().length() > this.settings.maxPartLength()) {
			result.rejectValue("body", "part.tooLong", new Object[] { this.settings.maxPartLength() }, null);
		}
	}

	@GetMapping("/editions/{id}/preview")
	String preview(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, Model model) {
		model.addAttribute("report", this.reader.view(clerk, id));
		model.addAttribute("preview", true);
		return "disclosure/report";
	}

	@GetMapping("/editions/{id}/export.docx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id) {
		return this.docx.download(this.reader.view(clerk, id));
	}

	@GetMapping("/editions/{id}/submit")
	String confirmSubmit(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, Model model) {
		return submitPage(clerk, id, model);
	}

	@PostMapping("/editions/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id,
			@RequestParam(name = "version", required = false) Long version,
			@RequestParam(name = "confirmWarnings", defaultValue = "false") boolean confirmWarnings,
			@RequestParam(name = "changeNote", required = false) String changeNote, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("changeNote", changeNote);
		try {
			this.submitEdition.perform(clerk, id, version, confirmWarnings, changeNote);
			redirect.addFlashAttribute(FLASH, "flash.submitted");
			return "redirect:/filing";
		}
		catch (VerbRefusedException ex) {
			model.addAttribute("refusal", this.problemMessages.show(ex.getProblems()));
		}
		catch (StaleEditionException | ObjectOptimisticLockingFailureException | IllegalTransitionException ex) {
			// A second submit raced the first: the report has already moved on.
			model.addAttribute("conflict", true);
		}
		return submitPage(clerk, id, model);
	}

	private String submitPage(CurrentUser clerk, Long id, Model model) {
		SubmissionChecks.Result checks = this.submitEdition.check(clerk, id);
		model.addAttribute("edition", this.reader.view(clerk, id));
		model.addAttribute("problems", this.problemMessages.show(checks.blocking()));
		model.addAttribute("warnings", this.problemMessages.show(checks.warnings()));
		model.addAttribute("resubmission", this.submitEdition.isResubmission(clerk, id));
		model.addAttribute("maxChangeNote", SubmitEdition.MAX_CHANGE_NOTE);
		return "filing/submit";
	}

	private String notEditable(Long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", "flash.notEditable");
		return "redirect:/filing/editions/" + id;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
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

}
