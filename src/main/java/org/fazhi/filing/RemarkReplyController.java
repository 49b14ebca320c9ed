package org.fazhi.filing;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.ProblemMessages;
import org.fazhi.report.VerbRefusedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clerk's answer to one remark, posted from beside the remark on the report or part
 * page; back to that page with a message.
 */
@Controller
class RemarkReplyController {

	private final ReplyToRemark replyToRemark;

	private final ProblemMessages problemMessages;

	RemarkReplyController(ReplyToRemark replyToRemark, ProblemMessages problemMessages) {
		this.replyToRemark = replyToRemark;
		this.problemMessages = problemMessages;
	}

	@PostMapping("/filing/editions/{id}/remarks/{remarkId}/reply")
	String reply(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id, @PathVariable Long remarkId,
			@RequestParam(name = "text", required = false) String text,
			@RequestParam(name = "back", required = false) String back, RedirectAttributes redirect) {
		try {
			this.replyToRemark.perform(clerk, id, remarkId, text);
			redirect.addFlashAttribute("flash", "flash.replied");
		}
		catch (VerbRefusedException ex) {
			redirect.addFlashAttribute("problems", this.problemMessages.show(ex.getProblems()));
		}
		// Back to the part page it was posted from, or the report page; never elsewhere.
		String part = (back != null && back.matches("[a-z-]{1,30}")) ? "/parts/" + back : "";
		return "redirect:/filing/editions/" + id + part + "#remark-" + remarkId;
	}

}
