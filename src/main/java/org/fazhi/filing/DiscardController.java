package org.fazhi.filing;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionView;
import org.fazhi.report.IllegalTransitionException;
import org.fazhi.report.ProblemMessages;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 删除草稿: a confirm page saying what will be lost, then the discard.
 */
@Controller
@RequestMapping("/filing/editions/{id}/discard")
class DiscardController {

	private final FilingReader reader;

	private final DiscardDraft discardDraft;

	private final ProblemMessages problemMessages;

	DiscardController(FilingReader reader, DiscardDraft discardDraft, ProblemMessages problemMessages) {
		this.reader = reader;
		this.discardDraft = discardDraft;
		this.problemMessages = problemMessages;
	}

	@GetMapping
	String confirm(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, Model model) {
		EditionView edition = this.reader.view(clerk, id);
		model.addAttribute("edition", edition);
		model.addAttribute("problems", this.problemMessages.show(this.reader.discardProblems(clerk, id)));
		return "filing/discard";
	}

	@PostMapping
	String discard(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id,
			@RequestParam(name = "version", required = false) Long version, Model model, RedirectAttributes redirect) {
		try {
			this.discardDraft.perform(clerk, id, version);
			redirect.addFlashAttribute("flash", "flash.discarded");
			return "redirect:/filing";
		}
		catch (VerbRefusedException ex) {
			model.addAttribute("edition", this.reader.view(clerk, id));
			model.addAttribute("problems", this.problemMessages.show(ex.getProblems()));
			return "filing/discard";
		}
		catch (StaleEditionException | ObjectOptimisticLockingFailureException | IllegalTransitionException ex) {
			redirect.addFlashAttribute("flashError", "flash.stale");
			return "redirect:/filing/editions/" + id;
		}
	}

}
