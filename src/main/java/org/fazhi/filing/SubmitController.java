package org.fazhi.filing;

import org.fazhi.account.CurrentUser;
import org.fazhi.assistant.ReviewAssistant;
import org.fazhi.report.IllegalTransitionException;
import org.fazhi.report.ProblemMessages;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.SubmissionChecks;
import org.fazhi.report.VerbRefusedException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Submitting to the county: the checks and what will be sent (GET), then the submission
 * itself (POST), refused with the reasons linked to their fields or parts.
 */
@Controller
@RequestMapping("/filing/editions/{id}/submit")
class SubmitController {

	private final FilingReader reader;

	private final SubmitEdition submitEdition;

	private final ProblemMessages problemMessages;

	private final ReviewAssistant assistant;

	SubmitController(FilingReader reader, SubmitEdition submitEdition, ProblemMessages problemMessages,
			ReviewAssistant assistant) {
		this.reader = reader;
		this.assistant = assistant;
		this.submitEdition = submitEdition;
		this.problemMessages = problemMessages;
	}

	/**
	 * What the submit page sends.
	 *
	 * @param version the edition's version as the clerk saw it
	 * @param confirmWarnings whether the clerk ticked that the warnings were read
	 * @param changeNote 修改说明, on a resubmission
	 */
	record SubmitForm(Long version, Boolean confirmWarnings, String changeNote) {

		static final SubmitForm EMPTY = new SubmitForm(null, false, null);

		public boolean warningsConfirmed() {
			return Boolean.TRUE.equals(this.confirmWarnings);
		}

	}

	@GetMapping
	String confirm(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, Model model) {
		return submitPage(clerk, id, SubmitForm.EMPTY, model);
	}

	@PostMapping
	String submit(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, @ModelAttribute SubmitForm form,
			Model model, RedirectAttributes redirect) {
		try {
			this.submitEdition.perform(clerk, id, form.version(), form.warningsConfirmed(), form.changeNote());
			redirect.addFlashAttribute(FilingPages.FLASH, "flash.submitted");
			return "redirect:/filing";
		}
		catch (VerbRefusedException ex) {
			model.addAttribute("refusal", this.problemMessages.show(ex.getProblems()));
		}
		catch (StaleEditionException | ObjectOptimisticLockingFailureException | IllegalTransitionException ex) {
			// A second submit raced the first: the report has already moved on.
			model.addAttribute("conflict", true);
		}
		return submitPage(clerk, id, form, model);
	}

	private String submitPage(CurrentUser clerk, Long id, SubmitForm form, Model model) {
		SubmissionChecks.Result checks = this.submitEdition.check(clerk, id);
		model.addAttribute("edition", this.reader.view(clerk, id));
		model.addAttribute("form", form);
		model.addAttribute("changeNote", form.changeNote());
		model.addAttribute("problems", this.problemMessages.show(checks.blocking()));
		model.addAttribute("warnings", this.problemMessages.show(checks.warnings()));
		model.addAttribute("resubmission", this.submitEdition.isResubmission(clerk, id));
		// After the checks above, which have refused anyone else's edition.
		model.addAttribute("assessment", this.assistant.view(id));
		return "filing/submit";
	}

}
