package org.fazhi.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the container answers itself (a filter refused the request, an upload too
 * large to parse, an exception outside Spring MVC): the API gets {@code {"error",
 * "message"}} like all its other errors, people get the error page for the status. Asked
 * for directly, {@code /error} is a page that does not exist. Replaces Spring Boot's
 * basic error controller, whose JSON has another shape.
 */
@Controller
class ErrorPages implements ErrorController {

	private final Messages messages;

	ErrorPages(Messages messages) {
		this.messages = messages;
	}

	@RequestMapping(path = "${server.error.path:/error}")
	Object any(HttpServletRequest request, HttpServletResponse response, Model model) {
		int status = status(request);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(apiError(status));
		}
		// The page the request was for, to link back to: a path of this site only.
		if (uri instanceof String path && path.matches("/[^/\\\\].*")) {
			model.addAttribute("path", path);
		}
		response.setStatus(status);
		return view(status);
	}

	/**
	 * The status being answered; none means someone opened the error path itself.
	 */
	private static int status(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return (status instanceof Integer code) ? code : HttpStatus.NOT_FOUND.value();
	}

	static String view(int status) {
		return switch (status) {
			case 403 -> "error/403";
			case 404, 405 -> "error/404";
			case 413 -> "error/413";
			case 503 -> "error/503";
			default -> (status >= 500) ? "error/5xx" : "error/4xx";
		};
	}

	/**
	 * The API's body for a status: a stable code and a sentence.
	 */
	ApiError apiError(int status) {
		String code = ApiErrors.code(status);
		return new ApiError(code, this.messages.text("api.error.status." + code));
	}

}
