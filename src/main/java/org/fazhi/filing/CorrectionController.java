package org.fazhi.filing;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.ProblemMessages;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.VerbRefusedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 发起更正: a page saying what a correction is and what happens to the published report, then
 * the correction draft.
 */
@Controller
@RequestMapping("/filing/reports/{reportId}/correction")
class CorrectionController {

	private final StartCorrection startCorrection;

	private final ProblemMessages problemMessages;

	CorrectionController(StartCorrection startCorrection, ProblemMessages problemMessages) {
		this.startCorrection = startCorrection;
		this.problemMessages = problemMessages;
	}

	@GetMapping
	String confirm(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long reportId, Model model) {
		model.addAttribute("edition", this.startCorrection.published(clerk, reportId));
		return "filing/correct";
	}

	@PostMapping
	String start(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long reportId, RedirectAttributes redirect) {
		try {
			ReportEdition correction = this.startCorrection.perform(clerk, reportId);
			redirect.addFlashAttribute("flash", "flash.correctionStarted");
			return "redirect:/filing/editions/" + correction.getId();
		}
		catch (VerbRefusedException ex) {
			redirect.addFlashAttribute("problems", this.problemMessages.show(ex.getProblems()));
			return "redirect:/filing";
		}
	}

}
