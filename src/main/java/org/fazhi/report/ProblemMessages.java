package org.fazhi.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.system.Messages;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Turns {@link Problem}s into the sentences shown in a page's error summary, naming the
 * part each one concerns.
 */
@Component
public class ProblemMessages {

	private final Messages messages;

	ProblemMessages(Messages messages) {
		this.messages = messages;
	}

	public List<Shown> show(List<Problem> problems) {
		return problems.stream().map(this::show).toList();
	}

	private Shown show(Problem problem) {
		return new Shown(this.messages.text(problem.code(), arguments(problem)), problem.part(), problem.field());
	}

	/**
	 * Puts a verb's refusal on a bound form: each problem on its field, or on the form as
	 * a whole, so that the form's error summary links to the field.
	 */
	public void reject(Errors errors, List<Problem> problems) {
		for (Problem problem : problems) {
			if (problem.field() != null) {
				errors.rejectValue(problem.field(), problem.code(), arguments(problem), null);
			}
			else {
				errors.reject(problem.code(), arguments(problem), null);
			}
		}
	}

	/**
	 * The message arguments: the part's name first ({@code {0}}), then the problem's own.
	 */
	private Object[] arguments(Problem problem) {
		List<Object> arguments = new ArrayList<>();
		arguments.add((problem.part() != null) ? this.messages.text(problem.part().nameKey()) : "");
		arguments.addAll(problem.texts());
		return arguments.toArray();
	}

	/**
	 * A problem as displayed; serializable because it travels in flash attributes, which
	 * live in the JDBC-backed session.
	 *
	 * @param text the sentence
	 * @param part the part to link to, or {@code null}
	 * @param field the id of the form field to link to, or {@code null}
	 */
	public record Shown(String text, SectionKind part, String field) implements Serializable {

		public String partSlug() {
			return (this.part != null) ? this.part.slug() : null;
		}

	}

}
