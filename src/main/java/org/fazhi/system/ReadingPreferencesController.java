package org.fazhi.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sets the reader's text size and elderly mode from plain links, then goes back to the
 * page they came from. A link (GET) rather than a form so that it works in every browser
 * and without JavaScript; it changes only the reader's own cookies.
 */
@Controller
class ReadingPreferencesController {

	private static final Duration KEEP = Duration.ofDays(365);

	private static final String HEX = "0123456789ABCDEF";

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
		return "redirect:" + encodeOnce(LocalPath.orHome(back));
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
	 * The path as a Location header can carry it: characters outside ASCII (a Chinese
	 * search term typed into a link) percent-encoded, and what is already encoded (the
	 * current page's own query, as the layout passes it) left as it is, never encoded a
	 * second time.
	 */
	static String encodeOnce(String path) {
		StringBuilder encoded = new StringBuilder(path.length());
		for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if (c > 0x20 && c < 0x7F) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
			}
		}
		return encoded.toString();
	}

}
