package org.fazhi.disclosure;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.agency.AgencyDirectory;
import org.fazhi.agency.AgencyLevel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 网站地图: every section of the public site and every region down to the counties, on one
 * page a reader (and the national inspection) can find from every footer.
 */
@Controller
class SitemapPageController {

	/** Province, city, county: deeper than this a tree cannot sensibly go. */
	static final int MAX_DEPTH = 4;

	private final AgencyDirectory directory;

	SitemapPageController(AgencyDirectory directory) {
		this.directory = directory;
	}

	/**
	 * A region in tree order, with how deep it is.
	 *
	 * @param node the region
	 * @param depth 0 for a province (or any top region)
	 */
	record Region(AgencyDirectory.Node node, int depth) {

		public String depthClass() {
			return "depth-" + Math.min(this.depth, 3);
		}

	}

	@GetMapping("/sitemap")
	String sitemap(Model model) {
		List<Region> regions = new ArrayList<>();
		this.directory.roots().forEach((root) -> add(root, 0, regions));
		model.addAttribute("regions", regions);
		return "disclosure/sitemap";
	}

	/** The region and, above the counties, the regions below it. */
	private void add(AgencyDirectory.Node node, int depth, List<Region> regions) {
		regions.add(new Region(node, depth));
		if (node.level() != AgencyLevel.COUNTY && node.level() != AgencyLevel.TOWNSHIP && depth < MAX_DEPTH) {
			for (AgencyDirectory.Node child : this.directory.children(node.id())) {
				if (child.level() != AgencyLevel.TOWNSHIP) {
					add(child, depth + 1, regions);
				}
			}
		}
	}

}
