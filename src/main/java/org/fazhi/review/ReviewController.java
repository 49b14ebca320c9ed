package org.fazhi.review;

import java.util.List;
import java.util.Set;

import org.fazhi.account.CurrentUser;
import org.fazhi.account.Role;
import org.fazhi.report.DocxExporter;
import org.fazhi.report.EditionState;
import org.fazhi.report.ProblemMessages;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReviewRemarkRepository;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.springframework.http.ResponseEntity;
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
 * The reviewer's queue and review page with its two decisions, return and publish.
 */
@Controller
@RequestMapping("/review")
class ReviewController {

	private static final Set<EditionState> QUEUED = Set.of(EditionState.SUBMITTED, EditionState.SCHEDULED);

	private final ReportEditionRepository editions;

	private final ReviewRemarkRepository remarks;

	private final ReviewReader reader;

	private final PublishEdition publishEdition;

	private final ReturnEdition returnEdition;

	private final ProblemMessages problemMessages;

	private final DocxExporter docx;

	ReviewController(ReportEditionRepository editions, ReviewRemarkRepository remarks, ReviewReader reader,
			PublishEdition publishEdition, ReturnEdition returnEdition, ProblemMessages problemMessages,
			DocxExporter docx) {
		this.editions = editions;
		this.remarks = remarks;
		this.reader = reader;
		this.publishEdition = publishEdition;
		this.returnEdition = returnEdition;
		this.problemMessages = problemMessages;
		this.docx = docx;
	}

	@GetMapping
	String queue(@AuthenticationPrincipal CurrentUser reviewer, Model model) {
		List<ReportEdition> queued = reviewer.is(Role.ADMIN) ? this.editions.findQueue(QUEUED)
				: this.editions.findQueueForCounty(reviewer.agencyId(), QUEUED);
		model.addAttribute("rows", queued.stream()
			.map((e) -> new QueueRow(e.getId(), e.getReport().getAgency().getFullName(), e.getReport().getYear(),
					e.getTitle(), e.getState(), e.getSubmittedAt(), e.getSubmittedBy()))
			.toList());
		return "review/queue";
	}

	@GetMapping("/editions/{id}")
	String edition(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id, Model model) {
		ReviewReader.ReviewPage page = this.reader.page(reviewer, id);
		model.addAttribute("edition", page.edition());
		model.addAttribute("remarks", this.remarks.findByEditionIdOrderByCreatedAtAscIdAsc(id));
		model.addAttribute("publishProblems", this.problemMessages.show(page.publishProblems()));
		return "review/edition";
	}

	@GetMapping("/editions/{id}/export.docx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id) {
		return this.docx.download(this.reader.page(reviewer, id).edition());
	}

	@PostMapping("/editions/{id}/publish")
	String publish(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@RequestParam(name = "version", required = false) Long version,
			@RequestParam(name = "secrecyReviewed", defaultValue = "false") boolean secrecyReviewed,
			RedirectAttributes redirect) {
		try {
			this.publishEdition.perform(reviewer, id, version, secrecyReviewed);
			redirect.addFlashAttribute("flash", "flash.published");
			return "redirect:/review";
		}
		catch (VerbRefusedException ex) {
			redirect.addFlashAttribute("problems", this.problemMessages.show(ex.getProblems()));
		}
		catch (StaleEditionException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "flash.stale");
		}
		return "redirect:/review/editions/" + id;
	}

	@PostMapping("/editions/{id}/return")
	String returnToTownship(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@RequestParam(name = "version", required = false) Long version,
			@RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
		try {
			this.returnEdition.perform(reviewer, id, version, reason);
			redirect.addFlashAttribute("flash", "flash.returned");
			return "redirect:/review";
		}
		catch (VerbRefusedException ex) {
			redirect.addFlashAttribute("problems", this.problemMessages.show(ex.getProblems()));
			redirect.addFlashAttribute("reason", reason);
		}
		catch (StaleEditionException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "flash.stale");
		}
		return "redirect:/review/editions/" + id;
	}

}
