package org.fazhi.filing;

import jakarta.validation.Valid;
import org.fazhi.account.CurrentUser;
import org.fazhi.report.ProblemMessages;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.system.QueryParams;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clerk's home: the township's reports with their deadlines, and starting the next
 * one (empty, or from a published year's text).
 */
@Controller
class FilingHomeController {

	private final FilingReader reader;

	private final StartReport startReport;

	private final ProblemMessages problemMessages;

	FilingHomeController(FilingReader reader, StartReport startReport, ProblemMessages problemMessages) {
		this.reader = reader;
		this.startReport = startReport;
		this.problemMessages = problemMessages;
	}

	@GetMapping("/filing")
	String home(@AuthenticationPrincipal CurrentUser clerk, @RequestParam(name = "year", required = false) String year,
			Model model) {
		FilingReader.HomePage home = this.reader.home(clerk);
		if (!model.containsAttribute("newReportForm")) {
			Integer asked = QueryParams.integer(year);
			Integer chosen = (asked != null && home.startable().contains(asked)) ? asked : home.defaultYear();
			Integer source = (chosen == null) ? null
					: home.publishedYears().stream().filter((y) -> y < chosen).findFirst().orElse(null);
			model.addAttribute("newReportForm", new NewReportForm(chosen, NewReportForm.StartBasis.EMPTY, source));
		}
		return homePage(home, model);
	}

	@PostMapping("/filing/reports")
	String start(@AuthenticationPrincipal CurrentUser clerk, @Valid NewReportForm newReportForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ReportEdition edition = this.startReport.perform(clerk, newReportForm);
				redirect.addFlashAttribute(FilingPages.FLASH, "flash.reportStarted");
				return FilingPages.edition(edition.getId());
			}
			catch (VerbRefusedException ex) {
				model.addAttribute("problems", this.problemMessages.show(ex.getProblems()));
			}
		}
		return homePage(this.reader.home(clerk), model);
	}

	private static String homePage(FilingReader.HomePage home, Model model) {
		model.addAttribute("home", home);
		model.addAttribute("rows", home.rows());
		return "filing/home";
	}

}
