package org.fazhi.filing;

import java.util.List;

import jakarta.validation.Valid;
import org.fazhi.account.CurrentUser;
import org.fazhi.assistant.ReviewAssistant;
import org.fazhi.attachment.Attachments;
import org.fazhi.report.DocxExporter;
import org.fazhi.report.EditionView;
import org.fazhi.report.EditionNotEditableException;
import org.fazhi.report.StaleEditionException;
import org.fazhi.topic.Topic;
import org.fazhi.topic.TopicRepository;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One edition as the clerk works on it: the task list with its metadata, topics and the
 * review assistant's count of what to fix in each part, the preview as the public will
 * see it, and the Word export. Every handler loads the edition through
 * {@code EditionAccess}, so another township's report answers 404.
 */
@Controller
@RequestMapping("/filing/editions/{id}")
class EditionPageController {

	private final FilingReader reader;

	private final EditionEditor editor;

	private final TopicRepository topics;

	private final DocxExporter docx;

	private final DateWrittenCheck dateWritten;

	private final ReviewAssistant assistant;

	private final Attachments attachments;

	EditionPageController(FilingReader reader, EditionEditor editor, TopicRepository topics, DocxExporter docx,
			DateWrittenCheck dateWritten, ReviewAssistant assistant, Attachments attachments) {
		this.assistant = assistant;
		this.attachments = attachments;
		this.reader = reader;
		this.editor = editor;
		this.topics = topics;
		this.docx = docx;
		this.dateWritten = dateWritten;
	}

	@GetMapping
	String edition(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, Model model) {
		FilingReader.EditionPage page = this.reader.page(clerk, id);
		if (!model.containsAttribute("metadataForm")) {
			// Ticked means saved: suggestions are shown beside the boxes, never
			// pre-ticked, so the page and the submission checks always agree.
			model.addAttribute("metadataForm", MetadataForm.of(page.edition(), List.copyOf(page.chosenTopicIds())));
		}
		return editionPage(page, model);
	}

	@PostMapping("/metadata")
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
		if (bound) {
			this.dateWritten.check(metadataForm.dateWritten(), result);
		}
		if (!result.hasErrors()) {
			try {
				this.editor.saveMetadata(clerk, id, metadataForm, chosen);
				redirect.addFlashAttribute(FilingPages.FLASH, "flash.saved");
				return FilingPages.edition(id);
			}
			catch (StaleEditionException | ObjectOptimisticLockingFailureException ex) {
				model.addAttribute("conflict", true);
			}
			catch (EditionNotEditableException ex) {
				return FilingPages.notEditable(id, redirect);
			}
		}
		return editionPage(this.reader.page(clerk, id), model);
	}

	private String editionPage(FilingReader.EditionPage page, Model model) {
		model.addAttribute("page", page);
		// The assistant's reading on the task list: checked again on every save, since
		// every save comes back here.
		if (page.edition().editable()) {
			model.addAttribute("assessment", this.assistant.view(page.edition().id()));
		}
		model.addAttribute("edition", page.edition());
		model.addAttribute("attachments", this.attachments.of(page.edition().id()));
		return "filing/edition";
	}

	@GetMapping("/preview")
	String preview(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, Model model) {
		EditionView view = this.reader.view(clerk, id);
		model.addAttribute("report", view);
		model.addAttribute("preview", true);
		model.addAttribute("attachments", this.attachments.of(view.id()));
		model.addAttribute("attachmentBase", "/filing/editions/" + view.id() + "/attachments/");
		return "disclosure/report";
	}

	@GetMapping("/export.docx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id) {
		return this.docx.download(this.reader.view(clerk, id));
	}

}
