package org.fazhi.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin's starting page, linking every admin tool.
 */
@Controller
class AdminHomeController {

	@GetMapping("/admin")
	String home() {
		return "admin/home";
	}

}
