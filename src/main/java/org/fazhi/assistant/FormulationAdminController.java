package org.fazhi.assistant;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.validation.Valid;
import org.fazhi.account.CurrentUser;
import org.fazhi.system.NotFoundException;
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
 * The admin keeps the list of fixed formulations the review assistant checks: add, change
 * and remove entries, each change audited; an expression that does not compile is refused
 * with a message, so that it never reaches the checks.
 */
@Controller
@RequestMapping("/admin/formulations")
class FormulationAdminController {

	private static final String FORM = "admin/formulation-form";

	private static final String LIST = "redirect:/admin/formulations";

	private final Formulations formulations;

	private final FormulationRepository repository;

	FormulationAdminController(Formulations formulations, FormulationRepository repository) {
		this.formulations = formulations;
		this.repository = repository;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("formulations", this.formulations.all());
		return "admin/formulations";
	}

	@GetMapping("/new")
	String initCreateForm(Model model) {
		model.addAttribute("formulationForm", FormulationForm.blank());
		return FORM;
	}

	@PostMapping("/new")
	String processCreateForm(@Valid FormulationForm formulationForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		reject(formulationForm, null, result);
		if (result.hasErrors()) {
			return FORM;
		}
		this.formulations.add(formulationForm.wrong(), formulationForm.right(), admin.getUsername());
		redirect.addFlashAttribute("flash", "flash.saved");
		return LIST;
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable Long id, Model model) {
		model.addAttribute("formulationForm", FormulationForm.of(formulation(id)));
		model.addAttribute("formulationId", id);
		return FORM;
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable Long id, @Valid FormulationForm formulationForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		Formulation formulation = formulation(id);
		reject(formulationForm, id, result);
		if (result.hasErrors()) {
			model.addAttribute("formulationId", id);
			return FORM;
		}
		this.formulations.change(formulation, formulationForm.wrong(), formulationForm.right(), admin.getUsername());
		redirect.addFlashAttribute("flash", "flash.saved");
		return LIST;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		this.formulations.remove(formulation(id), admin.getUsername());
		redirect.addFlashAttribute("flash", "flash.formulationRemoved");
		return LIST;
	}

	/**
	 * A duplicate, a wrong form that is its own right form, an expression that does not
	 * compile, or one that matches nothing at all (which would mark every position).
	 */
	private void reject(FormulationForm form, Long id, BindingResult result) {
		if (result.hasFieldErrors("wrongForm") || result.hasFieldErrors("rightForm")) {
			return;
		}
		if (form.wrong().equals(form.right())) {
			result.rejectValue("rightForm", "formulation.same");
			return;
		}
		if (form.wrong().startsWith(FormulationCheck.EXPRESSION)) {
			try {
				if (Pattern.compile(form.wrong().substring(FormulationCheck.EXPRESSION.length())).matcher("").find()) {
					result.rejectValue("wrongForm", "formulation.empty");
					return;
				}
			}
			catch (PatternSyntaxException ex) {
				result.rejectValue("wrongForm", "formulation.expression");
				return;
			}
		}
		this.repository.findByWrongForm(form.wrong())
			.filter((existing) -> !existing.getId().equals(id))
			.ifPresent((existing) -> result.rejectValue("wrongForm", "formulation.duplicate"));
	}

	private Formulation formulation(Long id) {
		return this.repository.findById(id).orElseThrow(() -> new NotFoundException("formulation", id));
	}

}
