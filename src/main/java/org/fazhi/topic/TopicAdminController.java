package org.fazhi.topic;

import jakarta.validation.Valid;
import org.fazhi.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin edits the topic vocabulary: names, cue phrases, order, and whether a topic
 * can still be chosen (topics in use are deactivated, never deleted).
 */
@Controller
@RequestMapping("/admin/topics")
class TopicAdminController {

	private static final String FORM = "admin/topic-form";

	private final TopicRepository topics;

	TopicAdminController(TopicRepository topics) {
		this.topics = topics;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("topics", this.topics.findAllByOrderByPositionAscIdAsc());
		return "admin/topics";
	}

	@GetMapping("/new")
	String initCreateForm(Model model) {
		model.addAttribute("topicForm", TopicForm.blank((int) this.topics.count() + 1));
		return FORM;
	}

	@PostMapping("/new")
	@Transactional
	String processCreateForm(@Valid TopicForm topicForm, BindingResult result, RedirectAttributes redirect) {
		rejectDuplicateName(topicForm, null, result);
		if (result.hasErrors()) {
			return FORM;
		}
		this.topics.save(new Topic(topicForm.name().strip(), topicForm.cues().strip(), topicForm.position(),
				topicForm.isActive()));
		redirect.addFlashAttribute("flash", "flash.saved");
		return "redirect:/admin/topics";
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable Long id, Model model) {
		model.addAttribute("topicForm", TopicForm.of(topic(id)));
		model.addAttribute("topicId", id);
		return FORM;
	}

	@PostMapping("/{id}")
	@Transactional
	String processUpdateForm(@PathVariable Long id, @Valid TopicForm topicForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Topic topic = topic(id);
		rejectDuplicateName(topicForm, id, result);
		if (result.hasErrors()) {
			model.addAttribute("topicId", id);
			return FORM;
		}
		topic.update(topicForm.name().strip(), topicForm.cues().strip(), topicForm.position(), topicForm.isActive());
		redirect.addFlashAttribute("flash", "flash.saved");
		return "redirect:/admin/topics";
	}

	private void rejectDuplicateName(TopicForm form, Long id, BindingResult result) {
		if (form.name() != null) {
			this.topics.findByName(form.name().strip())
				.filter((existing) -> !existing.getId().equals(id))
				.ifPresent((existing) -> result.rejectValue("name", "topic.duplicate"));
		}
	}

	private Topic topic(Long id) {
		return this.topics.findById(id).orElseThrow(() -> new NotFoundException("topic", id));
	}

}
