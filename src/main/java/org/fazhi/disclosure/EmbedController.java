package org.fazhi.disclosure;

import org.fazhi.agency.AgencyDirectory;
import org.fazhi.system.NotFoundException;
import org.fazhi.system.Paging;
import org.fazhi.system.QueryParams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The county portal's 信息公开 column: a region's published reports, newest first, in a
 * compact page with no header or footer of its own, for the portal to frame (only the
 * origins in {@code fazhi.embed.allowed-origins} may). Each report opens on this site, in
 * the reader's whole window.
 */
@Controller
class EmbedController {

	/** Reports in one page of the column. */
	static final int PAGE_SIZE = 15;

	private final PublishedLists catalog;

	private final AgencyDirectory directory;

	EmbedController(PublishedLists catalog, AgencyDirectory directory) {
		this.catalog = catalog;
		this.directory = directory;
	}

	@GetMapping("/embed/reports")
	String reports(@RequestParam(name = "region", required = false) String region,
			@RequestParam(name = "page", required = false) String page, Model model) {
		AgencyDirectory.Node node = (region != null && !region.isBlank())
				? this.directory.byCode(region.strip()).orElseThrow(() -> new NotFoundException("region", region))
				: null;
		int number = Math.max(0, QueryParams.integerOr(page, 0));
		// Refused past the window before anything is read, and past the last page after.
		Paging.offset(number, PAGE_SIZE);
		PublishedLists.Page list = this.catalog
			.list(new PublishedLists.Filter((node != null) ? node.id() : null, null, null), number, PAGE_SIZE);
		Paging.requireExists(number, PAGE_SIZE, list.total());
		model.addAttribute("region", node);
		model.addAttribute("list", list);
		return "disclosure/embed";
	}

}
