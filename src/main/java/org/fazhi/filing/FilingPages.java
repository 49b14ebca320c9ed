package org.fazhi.filing;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where the clerk's pages send each other, and the flash message names they share.
 */
final class FilingPages {

	/** The flash attribute of a confirmation. */
	static final String FLASH = "flash";

	/** The flash attribute of a refusal. */
	static final String FLASH_ERROR = "flashError";

	private FilingPages() {
	}

	/** Back to the edition's task list. */
	static String edition(Long id) {
		return "redirect:/filing/editions/" + id;
	}

	/**
	 * Back to the edition, which has left the states in which it can be changed (it was
	 * submitted meanwhile, from another tab).
	 */
	static String notEditable(Long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute(FLASH_ERROR, "flash.notEditable");
		return edition(id);
	}

}
