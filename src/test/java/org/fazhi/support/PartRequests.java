package org.fazhi.support;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The requests a clerk's part editor sends, as its form posts them: one place for the
 * path and field names every filing test uses.
 */
public final class PartRequests {

	private PartRequests() {
	}

	/**
	 * The part form's save button.
	 * @param part the part's slug ({@code measures}, {@code problems} …)
	 * @param version the edition version the form was opened with
	 */
	public static MockHttpServletRequestBuilder save(Long editionId, String part, String heading, String body,
			long version, UserDetails clerk) {
		return form("/filing/editions/{id}/parts/{part}", editionId, part, heading, body, version, clerk);
	}

	/**
	 * The editor's periodic autosave of the same form.
	 */
	public static MockHttpServletRequestBuilder autosave(Long editionId, String part, String heading, String body,
			long version, UserDetails clerk) {
		return form("/filing/editions/{id}/parts/{part}/autosave", editionId, part, heading, body, version, clerk);
	}

	private static MockHttpServletRequestBuilder form(String path, Long editionId, String part, String heading,
			String body, long version, UserDetails clerk) {
		return post(path, editionId, part).param("heading", heading)
			.param("body", body)
			.param("version", Long.toString(version))
			.with(user(clerk))
			.with(csrf());
	}

}
