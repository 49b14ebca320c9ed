package org.fazhi.admin;

import org.fazhi.account.AccountAlerts;
import org.fazhi.review.ComplianceOverview;
import org.fazhi.search.IndexStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin's starting page: what needs attention now (the search index, locked accounts,
 * counties with late townships), then every admin tool.
 */
@Controller
class AdminHomeController {

	private final IndexStatus index;

	private final AccountAlerts accounts;

	private final ComplianceOverview compliance;

	AdminHomeController(IndexStatus index, AccountAlerts accounts, ComplianceOverview compliance) {
		this.index = index;
		this.accounts = accounts;
		this.compliance = compliance;
	}

	@GetMapping("/admin")
	String home(Model model) {
		model.addAttribute("index", this.index.summary());
		model.addAttribute("accounts", this.accounts.alerts());
		model.addAttribute("late", this.compliance.lateCounties());
		return "admin/home";
	}

	/**
	 * The bulk page: its two forms post to the agencies' and the users' uploads.
	 */
	@GetMapping("/admin/bulk")
	String bulk() {
		return "admin/bulk";
	}

}
