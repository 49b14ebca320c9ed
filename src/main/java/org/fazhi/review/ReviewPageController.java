package org.fazhi.review;

import java.util.List;
import java.util.Optional;

import org.fazhi.account.CurrentUser;
import org.fazhi.assistant.Promises;
import org.fazhi.assistant.ReviewAssistant;
import org.fazhi.attachment.Attachments;
import org.fazhi.report.DocxExporter;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionView;
import org.fazhi.report.ProblemMessages;
import org.fazhi.report.Report;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.SectionKind;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.system.NotFoundException;
import org.springframework.http.ResponseEntity;
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
 * One edition under review: the review page with the checks, the changes since the last
 * submission, the assistant's findings and a remark box per part, last year's promises
 * with the reviewer's corrections of how they were matched; the report's history; the
 * .docx export.
 */
@Controller
@RequestMapping("/review/editions/{id}")
class ReviewPageController {

	private final ReviewReader reader;

	private final RemarkOnEdition remarkOnEdition;

	private final ProblemMessages problemMessages;

	private final DocxExporter docx;

	private final ReviewAssistant assistant;

	private final Promises promises;

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	private final Attachments attachments;

	ReviewPageController(ReviewReader reader, RemarkOnEdition remarkOnEdition, ProblemMessages problemMessages,
			DocxExporter docx, ReviewAssistant assistant, Promises promises, EditionAccess access,
			ReportEditionRepository editions, Attachments attachments) {
		this.attachments = attachments;
		this.reader = reader;
		this.promises = promises;
		this.access = access;
		this.editions = editions;
		this.assistant = assistant;
		this.remarkOnEdition = remarkOnEdition;
		this.problemMessages = problemMessages;
		this.docx = docx;
	}

	@GetMapping
	String edition(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id, Model model) {
		ReviewReader.ReviewPage page = this.reader.page(reviewer, id);
		model.addAttribute("page", page);
		model.addAttribute("edition", page.edition());
		model.addAttribute("blocking", this.problemMessages.show(page.blocking()));
		model.addAttribute("warnings", this.problemMessages.show(page.warnings()));
		model.addAttribute("publishProblems", this.problemMessages.show(page.publishProblems()));
		// The page above has refused an edition outside the reviewer's county.
		model.addAttribute("assessment", this.assistant.view(id));
		model.addAttribute("attachments", this.attachments.of(id));
		model.addAttribute("measures",
				page.edition()
					.sections()
					.stream()
					.filter((section) -> section.kind() == SectionKind.MEASURES)
					.findFirst()
					.map(EditionView.SectionView::paragraphs)
					.orElse(List.of()));
		return "review/edition";
	}

	/**
	 * The reviewer corrects how one of last year's plan items was matched: the paragraph
	 * of this year's measures that reports on it, or none (0). The public promise tracker
	 * and the statistics show the correction from then on.
	 */
	@PostMapping("/promises")
	String correctPromise(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@RequestParam(name = "item", required = false) String item,
			@RequestParam(name = "paragraph", required = false) Integer paragraph, RedirectAttributes redirect) {
		ReportEdition edition = this.access.forReview(reviewer, id);
		Report report = edition.getReport();
		Optional<ReportEdition> lastYear = this.editions.findPublished(report.getAgency().getId(),
				report.getYear() - 1);
		boolean corrected = item != null && paragraph != null && lastYear.isPresent()
				&& this.promises.correct(lastYear.get(), edition, item, paragraph, reviewer.getUsername()).isPresent();
		redirect.addFlashAttribute("flash", corrected ? "flash.promiseCorrected" : "flash.promiseNotCorrected");
		return "redirect:/review/editions/" + id + "#promises";
	}

	@PostMapping("/remarks")
	String remark(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@RequestParam(name = "part", required = false) String part,
			@RequestParam(name = "text", required = false) String text, RedirectAttributes redirect) {
		SectionKind kind = null;
		if (part != null && !part.isBlank()) {
			kind = SectionKind.fromSlug(part).orElseThrow(() -> new NotFoundException("part", part));
		}
		try {
			this.remarkOnEdition.perform(reviewer, id, kind, text);
			redirect.addFlashAttribute("flash", "flash.remarked");
		}
		catch (VerbRefusedException ex) {
			redirect.addFlashAttribute("problems", this.problemMessages.show(ex.getProblems()));
			redirect.addFlashAttribute("remarkDraft", text);
			redirect.addFlashAttribute("remarkPart", part);
		}
		return "redirect:/review/editions/" + id + ((kind != null) ? "#part-" + kind.slug() : "");
	}

	@GetMapping("/history")
	String history(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id, Model model) {
		ReviewReader.History history = this.reader.history(reviewer, id);
		model.addAttribute("edition", history.edition());
		model.addAttribute("events", history.events());
		return "review/history";
	}

	@GetMapping("/export.docx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id) {
		return this.docx.download(this.reader.view(reviewer, id));
	}

}
