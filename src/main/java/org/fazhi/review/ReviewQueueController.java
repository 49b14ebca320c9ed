package org.fazhi.review;

import org.fazhi.account.CurrentUser;
import org.fazhi.agency.AgencyDirectory;
import org.fazhi.report.EditionState;
import org.fazhi.system.QueryParams;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reviewer's queue: editions awaiting a decision or scheduled, filtered by year,
 * state and township.
 */
@Controller
class ReviewQueueController {

	private final ReviewQueue queue;

	private final AgencyDirectory directory;

	ReviewQueueController(ReviewQueue queue, AgencyDirectory directory) {
		this.directory = directory;
		this.queue = queue;
	}

	@GetMapping("/review")
	String queue(@AuthenticationPrincipal CurrentUser reviewer,
			@RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "state", required = false) String state,
			@RequestParam(name = "township", required = false) String township, Model model) {
		EditionState stateFilter = ReviewQueue.STATES.stream()
			.filter((s) -> s.name().equals(state))
			.findFirst()
			.orElse(null);
		model.addAttribute("queue",
				this.queue.queue(reviewer, QueryParams.integer(year), stateFilter, QueryParams.longValue(township)));
		model.addAttribute("states", ReviewQueue.STATES);
		model.addAttribute("year", QueryParams.integer(year));
		model.addAttribute("state", stateFilter);
		model.addAttribute("township", QueryParams.longValue(township));
		// The county's year at a glance; an admin oversees no county and picks a region
		// there.
		model.addAttribute("countyCode", (reviewer.agencyId() != null)
				? this.directory.byId(reviewer.agencyId()).map(AgencyDirectory.Node::code).orElse(null) : null);
		return "review/queue";
	}

}
