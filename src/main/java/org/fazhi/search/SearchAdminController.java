package org.fazhi.search;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's view of this instance's search index: documents, checkpoint and lag against
 * the database; a rebuild that runs in the background and shows its progress; and a
 * reconciliation that repairs any report whose indexed edition differs from the database.
 */
@Controller
@RequestMapping("/admin/search")
class SearchAdminController {

	private final SearchIndexer indexer;

	private final TaskExecutor executor;

	SearchAdminController(SearchIndexer indexer, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.indexer = indexer;
		this.executor = executor;
	}

	@GetMapping
	String status(Model model) {
		model.addAttribute("status", this.indexer.status());
		return "admin/search";
	}

	@PostMapping("/rebuild")
	String rebuild(RedirectAttributes redirect) {
		this.executor.execute(this.indexer::rebuild);
		redirect.addFlashAttribute("flash", "flash.rebuildStarted");
		return "redirect:/admin/search";
	}

	@PostMapping("/reconcile")
	String reconcile(RedirectAttributes redirect) {
		int repaired = this.indexer.reconcile();
		redirect.addFlashAttribute("flash", (repaired == 0) ? "flash.reconciledNone" : "flash.reconciled");
		redirect.addFlashAttribute("repaired", repaired);
		return "redirect:/admin/search";
	}

}
