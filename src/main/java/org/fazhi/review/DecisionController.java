package org.fazhi.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.assistant.ReviewAssistant;
import org.fazhi.report.IllegalTransitionException;
import org.fazhi.report.Problem;
import org.fazhi.report.ProblemMessages;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.system.DisplayFormats;
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
 * The reviewer's decisions: a confirm page (GET) before each one (POST) carrying the
 * edition's version. Refused, the confirm page shows again with what was typed and an
 * error summary linking to the fields concerned.
 */
@Controller
@RequestMapping("/review/editions/{id}")
class DecisionController {

	private static final String DECIDE = "review/decide";

	private final ReviewReader reader;

	private final PublishEdition publishEdition;

	private final ScheduleEdition scheduleEdition;

	private final ReturnEdition returnEdition;

	private final UnscheduleEdition unscheduleEdition;

	private final WithdrawEdition withdrawEdition;

	private final ProblemMessages problemMessages;

	private final DisplayFormats formats;

	private final Clock clock;

	private final ReviewAssistant assistant;

	DecisionController(ReviewReader reader, PublishEdition publishEdition, ScheduleEdition scheduleEdition,
			ReturnEdition returnEdition, UnscheduleEdition unscheduleEdition, WithdrawEdition withdrawEdition,
			ProblemMessages problemMessages, DisplayFormats formats, Clock clock, ReviewAssistant assistant) {
		this.assistant = assistant;
		this.reader = reader;
		this.publishEdition = publishEdition;
		this.scheduleEdition = scheduleEdition;
		this.returnEdition = returnEdition;
		this.unscheduleEdition = unscheduleEdition;
		this.withdrawEdition = withdrawEdition;
		this.problemMessages = problemMessages;
		this.formats = formats;
		this.clock = clock;
	}

	@GetMapping("/publish")
	String confirmPublish(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id, Model model) {
		return decidePage(reviewer, id, "publish", DecisionForms.Publish.EMPTY, List.of(), model);
	}

	@GetMapping("/{verb:return|withdraw}")
	String confirmReasoned(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@PathVariable String verb, Model model) {
		return decidePage(reviewer, id, verb, DecisionForms.Reasoned.EMPTY, List.of(), model);
	}

	@GetMapping("/unschedule")
	String confirmUnschedule(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id, Model model) {
		return decidePage(reviewer, id, "unschedule", DecisionForms.Plain.EMPTY, List.of(), model);
	}

	@PostMapping("/publish")
	String publish(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@ModelAttribute DecisionForms.Publish form, Model model, RedirectAttributes redirect) {
		if (!form.later()) {
			return decide(reviewer, id, "publish", form, model, redirect, () -> {
				ReportEdition edition = this.publishEdition.perform(reviewer, id, form.version(),
						form.secrecyConfirmed(), form.findingsConfirmed());
				// Where the report now is and the number it goes by, at once.
				redirect.addFlashAttribute("flashArgs", List.of(edition.getReport().getIndexNumber()));
				redirect.addFlashAttribute("flashLink", "/reports/" + edition.getReport().getId());
				redirect.addFlashAttribute("flashLinkKey", "flash.published.link");
			}, "flash.published");
		}
		Instant at = form.publishAt(this.clock.getZone());
		return decide(reviewer, id, "publish", form, model, redirect, () -> {
			this.scheduleEdition.perform(reviewer, id, form.version(), form.secrecyConfirmed(),
					form.findingsConfirmed(), at);
			redirect.addFlashAttribute("flashArgs", List.of(this.formats.dateTime(at)));
		}, "flash.scheduled");
	}

	@PostMapping("/return")
	String returnToTownship(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@ModelAttribute DecisionForms.Reasoned form, Model model, RedirectAttributes redirect) {
		return decide(reviewer, id, "return", form, model, redirect,
				() -> this.returnEdition.perform(reviewer, id, form.version(), form.reason()), "flash.returned");
	}

	@PostMapping("/unschedule")
	String unschedule(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@ModelAttribute DecisionForms.Plain form, Model model, RedirectAttributes redirect) {
		return decide(reviewer, id, "unschedule", form, model, redirect,
				() -> this.unscheduleEdition.perform(reviewer, id, form.version()), "flash.unscheduled");
	}

	@PostMapping("/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@ModelAttribute DecisionForms.Reasoned form, Model model, RedirectAttributes redirect) {
		return decide(reviewer, id, "withdraw", form, model, redirect,
				() -> this.withdrawEdition.perform(reviewer, id, form.version(), form.reason()), "flash.withdrawn");
	}

	/**
	 * Runs a decision: on success back to the queue with a message; refused, the confirm
	 * page again with the reasons and what was typed; stale, the review page with a
	 * friendly "changed since you opened it".
	 */
	private String decide(CurrentUser reviewer, Long id, String verb, Object form, Model model,
			RedirectAttributes redirect, Runnable decision, String flash) {
		try {
			decision.run();
			redirect.addFlashAttribute("flash", flash);
			return "redirect:/review";
		}
		catch (VerbRefusedException ex) {
			return decidePage(reviewer, id, verb, form, ex.getProblems(), model);
		}
		catch (StaleEditionException | ObjectOptimisticLockingFailureException | IllegalTransitionException ex) {
			// Another decision on the same edition got there first (a race the version
			// check or the transition table caught).
			redirect.addFlashAttribute("flashError", "flash.stale");
			return "redirect:/review/editions/" + id;
		}
	}

	private String decidePage(CurrentUser reviewer, Long id, String verb, Object form, List<Problem> problems,
			Model model) {
		ReviewReader.ReviewPage page = this.reader.page(reviewer, id);
		model.addAttribute("page", page);
		model.addAttribute("edition", page.edition());
		model.addAttribute("verb", verb);
		model.addAttribute("form", form);
		model.addAttribute("problems", this.problemMessages.show(problems));
		model.addAttribute("publishProblems", this.problemMessages.show(page.publishProblems()));
		// The page above has refused an edition outside the reviewer's county.
		model.addAttribute("secrecyFindings", this.assistant.view(id).secrecyFindings());
		return DECIDE;
	}

}
