package org.fazhi.system;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sets the reader's text size and elderly mode from plain links, then goes back to the
 * page they came from. A link (GET) rather than a form so that it works in every browser
 * and without JavaScript; it changes only the reader's own cookies.
 */
@Controller
class ReadingPreferencesController {

	private static final Duration KEEP = Duration.ofDays(365);

	@GetMapping("/preferences")
	String set(@RequestParam(name = "size", required = false) String size,
			@RequestParam(name = "care", required = false) String care,
			@RequestParam(name = "back", required = false) String back, HttpServletResponse response) {
		if (size != null) {
			ReadingPreferences.Size chosen = ReadingPreferences.of(size, null).size();
			cookie(response, ReadingPreferences.SIZE_COOKIE, chosen.name().toLowerCase());
		}
		if (care != null) {
			cookie(response, ReadingPreferences.CARE_COOKIE, "on".equals(care) ? "on" : "off");
		}
		// Encoded, since the path may carry Chinese search terms that a Location header
		// cannot.
		return "redirect:" + UriComponentsBuilder.fromUriString(localPath(back)).build().encode().toUriString();
	}

	private static void cookie(HttpServletResponse response, String name, String value) {
		response.addHeader(HttpHeaders.SET_COOKIE,
				ResponseCookie.from(name, value)
					.path("/")
					.maxAge(KEEP)
					.sameSite("Lax")
					.httpOnly(true)
					.build()
					.toString());
	}

	/**
	 * Only paths on this site: never a redirect to another host.
	 */
	static String localPath(String back) {
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
				|| back.chars().anyMatch((c) -> c < 0x20)) {
			return "/";
		}
		return back;
	}

}
