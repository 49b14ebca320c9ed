package org.fazhi.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.report.SectionKind;

/**
 * Fixed formulations: the correct forms of high-risk terms (leaders' names and titles,
 * the guiding thought, plenums, the names of laws and plans) and their known wrong
 * variants and typos, as the admin keeps them ({@link Formulations}). One such slip on a
 * public page fails a government website's inspection, so each is blocking.
 */
final class FormulationCheck {

	/** Marks a wrong form written as a regular expression. */
	static final String EXPRESSION = "re:";

	/** The starting list, shipped with Fazhi and loaded into the database once. */
	static final String STARTING_LIST = "/assistant/formulations.tsv";

	private final List<Rule> rules;

	FormulationCheck(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	/**
	 * A wrong form and what should be written instead ({@code $1} refers to the wrong
	 * form's groups).
	 */
	record Rule(Pattern wrong, String right) {

		/**
		 * @param wrong literal text, or a regular expression after {@code re:}
		 * @throws java.util.regex.PatternSyntaxException if the expression is not one
		 */
		static Rule of(String wrong, String right) {
			Pattern pattern = wrong.startsWith(EXPRESSION) ? Pattern.compile(wrong.substring(EXPRESSION.length()))
					: Pattern.compile(Pattern.quote(wrong));
			return new Rule(pattern, right);
		}

	}

	/** The starting list alone (the checks outside the application, and tests). */
	static FormulationCheck starting() {
		try (InputStream in = FormulationCheck.class.getResourceAsStream(STARTING_LIST)) {
			List<Rule> rules = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t", 2);
				rules.add(Rule.of(columns[0], columns[1].strip()));
			}
			return new FormulationCheck(rules);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<Finding> check(SectionKind part, String text) {
		List<Finding> findings = new ArrayList<>();
		for (Rule rule : this.rules) {
			Matcher matcher = rule.wrong().matcher(text);
			while (matcher.find()) {
				// The right form of this very match: $1 takes what the wrong form held.
				String right = rule.wrong().matcher(matcher.group()).replaceFirst(rule.right());
				findings.add(Finding.at("formulation", Severity.BLOCKING, part, text, matcher.start(), matcher.end(),
						right));
			}
		}
		return findings;
	}

}
