package org.fazhi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns {@link Problem}s into the sentences shown in a page's error summary, naming the
 * part each one concerns.
 */
@Component
public class ProblemMessages {

	private final MessageSource messages;

	ProblemMessages(MessageSource messages) {
		this.messages = messages;
	}

	public List<Shown> show(List<Problem> problems) {
		return problems.stream().map(this::show).toList();
	}

	private Shown show(Problem problem) {
		String part = (problem.part() != null)
				? this.messages.getMessage(problem.part().nameKey(), null, Locale.SIMPLIFIED_CHINESE) : "";
		List<Object> arguments = new ArrayList<>();
		arguments.add(part);
		arguments.addAll(problem.texts());
		String text = this.messages.getMessage(problem.code(), arguments.toArray(), Locale.SIMPLIFIED_CHINESE);
		return new Shown(text, problem.part());
	}

	/**
	 * A problem as displayed; serializable because it travels in flash attributes, which
	 * live in the JDBC-backed session.
	 *
	 * @param text the sentence
	 * @param part the part to link to, or {@code null}
	 */
	public record Shown(String text, SectionKind part) implements java.io.Serializable {

		public String partSlug() {
			return (this.part != null) ? this.part.slug() : null;
		}

	}

}
