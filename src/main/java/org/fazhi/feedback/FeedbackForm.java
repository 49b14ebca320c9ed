package org.fazhi.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fazhi.system.FieldLimits;

/**
 * A reader's report of an error on a page.
 *
 * @param page the page's path on this site (/reports/12)
 * @param description what is wrong
 * @param contact how to reach the reader, if they want an answer
 * @param website a field people never see: filled in, it was a robot
 */
record FeedbackForm(
		@NotBlank @Size(max = FieldLimits.FEEDBACK_PAGE) @Pattern(regexp = "/(?![/\\\\])[^\\s\\\\]*",
				message = "{feedback.page.invalid}") String page,
		@NotBlank @Size(max = FieldLimits.FEEDBACK_DESCRIPTION) String description,
		@Size(max = FieldLimits.FEEDBACK_CONTACT) String contact, String website) {

	static FeedbackForm blank(String page) {
		return new FeedbackForm(page, "", "", "");
	}

	boolean isRobot() {
		return this.website != null && !this.website.isBlank();
	}

	String contactOrNull() {
		return (this.contact != null && !this.contact.isBlank()) ? this.contact.strip() : null;
	}

}
