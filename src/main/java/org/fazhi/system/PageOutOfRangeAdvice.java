package org.fazhi.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers a page number out of range: 400 JSON for the API (saying how many pages there
 * are, or to use the cursor for going deeper), 400 with a page linking back to the first
 * page for people.
 */
@ControllerAdvice
class PageOutOfRangeAdvice {

	private final Messages messages;

	PageOutOfRangeAdvice(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(PageOutOfRangeException.class)
	Object outOfRange(PageOutOfRangeException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		String key = ex.isBeyondWindow() ? "page.beyondWindow" : "page.pastLast";
		String message = this.messages.text(key, Integer.toString(ex.getLastPage() + 1),
				Integer.toString(Paging.MAX_WINDOW));
		if (ApiError.answersFor(request)) {
			return ResponseEntity.badRequest().body(new ApiError("bad_request", message));
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("message", message);
		model.addAttribute("firstPage", request.getRequestURI() + firstPageQuery(request.getQueryString()));
		return "error/page";
	}

	/**
	 * The same query without its page (so the link leads to the first page).
	 */
	static String firstPageQuery(String query) {
		if (query == null || query.isEmpty()) {
			return "";
		}
		StringBuilder kept = new StringBuilder();
		for (String pair : query.split("&")) {
			if (!pair.startsWith("page=") && !pair.isEmpty()) {
				kept.append(kept.isEmpty() ? "?" : "&").append(pair);
			}
		}
		return kept.toString();
	}

}
