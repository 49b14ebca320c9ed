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
 * variants and typos, from {@code assistant/formulations.tsv}. One such slip on a public
 * page fails a government website's inspection, so each is blocking.
 */
final class FormulationCheck {

	private final List<Rule> rules;

	private FormulationCheck(List<Rule> rules) {
		this.rules = rules;
	}

	/**
	 * A wrong form and what should be written instead ({@code $1} refers to the wrong
	 * form's groups).
	 */
	record Rule(Pattern wrong, String right) {
	}

	static FormulationCheck load() {
		try (InputStream in = FormulationCheck.class.getResourceAsStream("/assistant/formulations.tsv")) {
			List<Rule> rules = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t", 2);
				Pattern wrong = columns[0].startsWith("re:") ? Pattern.compile(columns[0].substring(3))
						: Pattern.compile(Pattern.quote(columns[0]));
				rules.add(new Rule(wrong, columns[1].strip()));
			}
			return new FormulationCheck(List.copyOf(rules));
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
