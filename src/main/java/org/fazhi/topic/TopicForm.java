package org.fazhi.topic;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fazhi.system.FieldLimits;

/**
 * The admin's topic form.
 *
 * @param name topic name
 * @param cues comma-separated cue phrases
 * @param position display order
 * @param active whether clerks can choose it (an unticked checkbox sends nothing, hence
 * the wrapper type)
 */
record TopicForm(@NotBlank @Size(max = FieldLimits.TOPIC_NAME) String name,
		@NotBlank @Size(max = FieldLimits.TOPIC_CUES) String cues, @NotNull @Min(0) @Max(9999) Integer position,
		Boolean active) {

	static TopicForm of(Topic topic) {
		return new TopicForm(topic.getName(), topic.getCues(), topic.getPosition(), topic.isActive());
	}

	boolean isActive() {
		return Boolean.TRUE.equals(this.active);
	}

	static TopicForm blank(int position) {
		return new TopicForm("", "", position, true);
	}

}
