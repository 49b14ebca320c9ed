package org.fazhi.feedback;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.fazhi.account.CurrentUser;
import org.fazhi.system.FieldLimits;
import org.fazhi.system.LocalPath;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我为政府网站找错: the form any reader reaches from the footer of the page they are on, and the
 * county's list of what readers reported, to resolve.
 */
@Controller
class FeedbackController {

	private static final String FORM = "feedback/form";

	private final SiteErrors errors;

	private final FeedbackThrottle throttle;

	FeedbackController(SiteErrors errors, FeedbackThrottle throttle) {
		this.errors = errors;
		this.throttle = throttle;
	}

	@GetMapping("/feedback")
	String form(@RequestParam(name = "page", required = false) String page, Model model) {
		model.addAttribute("feedbackForm", FeedbackForm.blank(isPath(page) ? page : "/"));
		return FORM;
	}

	@PostMapping("/feedback")
	String send(@Valid FeedbackForm feedbackForm, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (result.hasErrors()) {
			return FORM;
		}
		if (!feedbackForm.isRobot()) {
			if (!this.throttle.tryTake(request.getRemoteAddr())) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				model.addAttribute("throttled", true);
				return FORM;
			}
			this.errors.receive(feedbackForm);
		}
		// A robot that filled the field no one sees is thanked like anyone else, and
		// nothing is kept. The thanks is its own page: public pages keep no session to
		// carry a message in.
		return "redirect:/feedback/sent?page=" + URLEncoder.encode(feedbackForm.page().strip(), StandardCharsets.UTF_8);
	}

	@GetMapping("/feedback/sent")
	String sent(@RequestParam(name = "page", required = false) String page, Model model) {
		model.addAttribute("page", isPath(page) ? page : "/");
		return "feedback/sent";
	}

	@GetMapping("/review/feedback")
	String inbox(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("reports", this.errors.visibleTo(user));
		return "feedback/inbox";
	}

	@PostMapping("/review/feedback/{id}/resolve")
	String resolve(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.errors.resolve(user, id);
		redirect.addFlashAttribute("flash", "flash.feedbackResolved");
		return "redirect:/review/feedback";
	}

	/** A path on this site that fits the form: never another site's address. */
	private static boolean isPath(String page) {
		return LocalPath.isLocal(page) && page.length() <= FieldLimits.FEEDBACK_PAGE
				&& page.chars().noneMatch(Character::isWhitespace);
	}

}
