package org.fazhi.agency;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's agencies: the tree as it stands, and one new agency at a time (many at once
 * come from CSV).
 */
@Controller
@RequestMapping("/admin/agencies")
class AgencyAdminController {

	private final AgencyDirectory directory;

	private final AgencyChanges changes;

	AgencyAdminController(AgencyDirectory directory, AgencyChanges changes) {
		this.directory = directory;
		this.changes = changes;
	}

	/**
	 * One line of the tree.
	 *
	 * @param node the agency
	 * @param depth how far below a province it is
	 */
	record TreeRow(AgencyDirectory.Node node, int depth) {
	}

	@GetMapping
	String tree(Model model) {
		List<TreeRow> rows = new ArrayList<>();
		this.directory.roots().forEach((root) -> walk(root, 0, rows));
		model.addAttribute("rows", rows);
		return "admin/agencies";
	}

	private void walk(AgencyDirectory.Node node, int depth, List<TreeRow> rows) {
		rows.add(new TreeRow(node, depth));
		this.directory.children(node.id()).forEach((child) -> walk(child, depth + 1, rows));
	}

	@GetMapping("/new")
	String newAgency(Model model) {
		model.addAttribute("newAgencyForm", NewAgencyForm.blank());
		return newAgencyPage(model);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal UserDetails admin, @Valid NewAgencyForm newAgencyForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			this.changes
				.create(admin.getUsername(), newAgencyForm.code(), newAgencyForm.fullName(), newAgencyForm.shortName(),
						newAgencyForm.level(), newAgencyForm.parentCode())
				.forEach((problem) -> result.rejectValue(problem.field(), problem.code(),
						(problem.argument() != null) ? new Object[] { problem.argument() } : null, null));
			if (!result.hasErrors()) {
				redirect.addFlashAttribute("flash", "flash.agencyCreated");
				return "redirect:/admin/agencies";
			}
		}
		return newAgencyPage(model);
	}

	private String newAgencyPage(Model model) {
		List<TreeRow> rows = new ArrayList<>();
		this.directory.roots().forEach((root) -> walk(root, 0, rows));
		model.addAttribute("parents", rows.stream().filter((r) -> r.node().level() != AgencyLevel.TOWNSHIP).toList());
		model.addAttribute("levels", AgencyLevel.values());
		return "admin/agency-new";
	}

}
