package org.fazhi.assistant;

import java.util.List;

/**
 * What the assistant makes of a report: the score out of 100 with each rule's share, and
 * every finding.
 *
 * @param score the sum of the weights earned, out of 100
 * @param lines each rule, its weight and what it earned
 * @param findings everything found, blocking first
 * @param promises last year's plan items and whether this year's report accounts for each
 */
public record Assessment(int score, List<ScoreLine> lines, List<Finding> findings, List<Promise> promises) {

	public Assessment {
		lines = List.copyOf(lines);
		findings = List.copyOf(findings);
		promises = List.copyOf(promises);
	}

	/**
	 * One rule of the score.
	 *
	 * @param rule its name (message {@code assistant.rule.<rule>})
	 * @param weight how much it is worth
	 * @param earned how much this report earned
	 */
	public record ScoreLine(String rule, int weight, int earned) {

		public String messageKey() {
			return "assistant.rule." + this.rule;
		}

	}

	/**
	 * One item of last year's plans.
	 *
	 * @param item the plan as last year's report wrote it
	 * @param account the passage of this year's measures that reports on it, or
	 * {@code null} when none does
	 * @param corrected whether a reviewer set the account rather than the matching
	 */
	public record Promise(String item, String account, boolean corrected) {

		public Promise(String item, String account) {
			this(item, account, false);
		}

		public boolean kept() {
			return this.account != null;
		}

		/** Names the item in a correction: the SHA-256 of its text, in hex. */
		public String digest() {
			return PromiseCorrection.digest(this.item);
		}

	}

	/** Findings the reviewer must acknowledge before publishing. */
	public List<Finding> secrecyFindings() {
		return this.findings.stream().filter(Finding::isSecrecy).toList();
	}

	public long count(Severity severity) {
		return this.findings.stream().filter((finding) -> finding.severity() == severity).count();
	}

}
