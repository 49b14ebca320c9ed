package org.fazhi.assistant;

import java.util.List;
import java.util.Locale;

import org.fazhi.system.Messages;

/**
 * An assessment as pages show it: each finding's explanation in Chinese, the part it is
 * in, and for a copied paragraph the paragraph it repeats, side by side.
 *
 * @param score out of 100
 * @param lines each rule of the score
 * @param findings the findings, blocking first
 * @param blocking how many findings must be dealt with
 * @param warnings how many should be
 */
public record AssessmentView(int score, List<Assessment.ScoreLine> lines, List<FindingView> findings, long blocking,
		long warnings) {

	/**
	 * One finding on a page.
	 *
	 * @param code what kind
	 * @param severity how much it matters
	 * @param partKey the part's name message key, or {@code null}
	 * @param partSlug the part's slug for links, or {@code null}
	 * @param excerpt the text found
	 * @param text the explanation
	 * @param sourceLabel for a copy, the report repeated
	 * @param sourceText for a copy, the paragraph repeated
	 */
	public record FindingView(String code, Severity severity, String partKey, String partSlug, String excerpt,
			String text, String sourceLabel, String sourceText) {

		public String severityKey() {
			return "assistant.severity." + this.severity;
		}

		public boolean isCopy() {
			return this.sourceText != null;
		}

		public String severityClass() {
			return "finding-" + this.severity.name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * The findings other than copied paragraphs, shown one by one.
	 */
	public List<FindingView> listed() {
		return this.findings.stream().filter((finding) -> !finding.isCopy()).toList();
	}

	/**
	 * Copied paragraphs, shown together: a report that repeats last year's may repeat
	 * dozens, which one by one would bury everything else.
	 */
	public List<FindingView> copies() {
		return this.findings.stream().filter(FindingView::isCopy).toList();
	}

	/** The findings the reviewer must acknowledge before publishing. */
	public List<FindingView> secrecyFindings() {
		return this.findings.stream().filter((finding) -> SecrecyCheck.CODES.contains(finding.code())).toList();
	}

	public static AssessmentView of(Assessment assessment, Messages messages) {
		List<FindingView> findings = assessment.findings().stream().map((finding) -> {
			boolean copy = finding.code().startsWith("copiedFrom");
			return new FindingView(finding.code(), finding.severity(),
					(finding.part() != null) ? finding.part().nameKey() : null,
					(finding.part() != null) ? finding.part().slug() : null, finding.excerpt(),
					messages.text(finding.messageKey(), finding.arguments().toArray()),
					copy ? (String) finding.arguments().get(0) : null,
					copy ? (String) finding.arguments().get(4) : null);
		}).toList();
		return new AssessmentView(assessment.score(), assessment.lines(), findings, assessment.count(Severity.BLOCKING),
				assessment.count(Severity.WARNING));
	}

}
