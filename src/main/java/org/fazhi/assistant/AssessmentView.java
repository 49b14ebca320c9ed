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
 * @param promises last year's plan items and this year's account of each (empty when
 * there is no public report of last year)
 */
public record AssessmentView(int score, List<Assessment.ScoreLine> lines, List<FindingView> findings, long blocking,
		long warnings, List<Assessment.Promise> promises) {

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
	 * @param paragraph the paragraph of the part it is in, from 1 (as pages number
	 * paragraphs in their anchors, {@code p-measures-3}), or 0 when it concerns the whole
	 * part
	 */
	public record FindingView(String code, Severity severity, String partKey, String partSlug, String excerpt,
			String text, String sourceLabel, String sourceText, int paragraph) {

		/** The anchor of its paragraph on a page that shows the text, or {@code null}. */
		public String anchor() {
			return (this.paragraph > 0 && this.partSlug != null) ? "p-" + this.partSlug + "-" + this.paragraph : null;
		}

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

	/**
	 * The findings in one part other than copied paragraphs (which the panel shows side
	 * by side), in order.
	 */
	public List<FindingView> inPart(String partSlug) {
		return this.findings.stream()
			.filter((finding) -> partSlug.equals(finding.partSlug()) && !finding.isCopy())
			.toList();
	}

	/** Findings that must be dealt with in one part. */
	public long blockingIn(String partSlug) {
		return countIn(partSlug, Severity.BLOCKING);
	}

	/** Findings that should be dealt with in one part. */
	public long warningsIn(String partSlug) {
		return countIn(partSlug, Severity.WARNING);
	}

	private long countIn(String partSlug, Severity severity) {
		return this.findings.stream()
			.filter((finding) -> finding.severity() == severity && partSlug.equals(finding.partSlug()))
			.count();
	}

	/**
	 * @param report the text the findings' positions refer to
	 */
	public static AssessmentView of(Assessment assessment, CheckedReport report, Messages messages) {
		List<FindingView> findings = assessment.findings().stream().map((finding) -> {
			boolean copy = finding.code().startsWith("copiedFrom");
			int paragraph = (finding.part() != null && finding.start() >= 0)
					? paragraphAt(report.body(finding.part()), finding.start()) : 0;
			return new FindingView(finding.code(), finding.severity(),
					(finding.part() != null) ? finding.part().nameKey() : null,
					(finding.part() != null) ? finding.part().slug() : null, finding.excerpt(),
					messages.text(finding.messageKey(), finding.arguments().toArray()),
					copy ? (String) finding.arguments().get(0) : null,
					copy ? (String) finding.arguments().get(4) : null, paragraph);
		}).toList();
		return new AssessmentView(assessment.score(), assessment.lines(), findings, assessment.count(Severity.BLOCKING),
				assessment.count(Severity.WARNING), assessment.promises());
	}

	/**
	 * The number, from 1, of the paragraph holding {@code offset}, counted as
	 * {@code Paragraphs.split} counts them (blank lines are not paragraphs).
	 */
	static int paragraphAt(String body, int offset) {
		int paragraph = 0;
		int lineStart = 0;
		while (lineStart <= body.length()) {
			int lineEnd = body.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = body.length();
			}
			if (!body.substring(lineStart, lineEnd).isBlank()) {
				paragraph++;
			}
			if (offset <= lineEnd) {
				return Math.max(paragraph, 1);
			}
			lineStart = lineEnd + 1;
		}
		return Math.max(paragraph, 1);
	}

}
