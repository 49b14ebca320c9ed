package org.fazhi.filing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fazhi.system.FieldLimits;

/**
 * One part's heading and body as typed; the body's length limit is checked against the
 * configured maximum by the controller.
 *
 * @param heading heading as written
 * @param body body text, line breaks separating paragraphs
 * @param version edition version when the form was opened
 */
record SectionForm(@NotBlank @Size(max = FieldLimits.HEADING) String heading, String body, @NotNull Long version) {

	/** The body's field. */
	static final String BODY = "body";

	String bodyOrEmpty() {
		return (this.body != null) ? this.body.replace("\r\n", "\n") : "";
	}

}
