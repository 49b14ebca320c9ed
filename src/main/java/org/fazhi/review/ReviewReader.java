package org.fazhi.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.account.CurrentUser;
import org.fazhi.audit.AuditEvent;
import org.fazhi.audit.AuditEventRepository;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionState;
import org.fazhi.report.EditionView;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportSection;
import org.fazhi.report.ReportSettings;
import org.fazhi.report.ReviewRemark;
import org.fazhi.report.ReviewRemarkRepository;
import org.fazhi.report.SectionKind;
import org.fazhi.report.Submission;
import org.fazhi.report.SubmissionChecks;
import org.fazhi.report.SubmissionRepository;
import org.fazhi.report.TextDiff;
import org.fazhi.report.WorkflowVerb;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles what the review page shows, inside one read-only transaction: the edition,
 * the filing checks, remarks, and for a resubmission or correction the changes part by
 * part.
 */
@Service
class ReviewReader {

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	private final SubmissionRepository submissions;

	private final ReviewRemarkRepository remarks;

	private final AuditEventRepository audit;

	private final SubmissionChecks checks;

	private final ReportSettings settings;

	ReviewReader(EditionAccess access, ReportEditionRepository editions, SubmissionRepository submissions,
			ReviewRemarkRepository remarks, AuditEventRepository audit, SubmissionChecks checks,
			ReportSettings settings) {
		this.access = access;
		this.editions = editions;
		this.submissions = submissions;
		this.remarks = remarks;
		this.audit = audit;
		this.checks = checks;
		this.settings = settings;
	}

	/**
	 * The review page's content.
	 *
	 * @param edition the edition under review
	 * @param remarks remarks on it, oldest first
	 * @param blocking filing checks that fail
	 * @param warnings filing warnings
	 * @param publishProblems reasons it cannot be published now (other than the secrecy
	 * tick)
	 * @param changes each part compared with the previous version, when there is one
	 * @param comparedWith what the changes are against: a submission number, or 0 for the
	 * published edition being corrected
	 * @param submissionCount how many times this edition was submitted
	 * @param checkedAt when the checks shown were recorded (the last submission), or
	 * {@code null} when they are worked out now (the report is back with the township)
	 * @param changeNote the clerk's 修改说明 for this resubmission, or {@code null}
	 */
	record ReviewPage(EditionView edition, List<ReviewRemark> remarks, List<Problem> blocking, List<Problem> warnings,
			List<Problem> publishProblems, List<PartChange> changes, int comparedWith, int submissionCount,
			Instant checkedAt, String changeNote) {

		public List<ReviewRemark> remarksOn(SectionKind kind) {
			return this.remarks.stream().filter((r) -> r.getSectionKind() == kind).toList();
		}

		public List<ReviewRemark> overallRemarks() {
			return this.remarks.stream().filter((r) -> r.getSectionKind() == null).toList();
		}

		/**
		 * The change to one part, or {@code null} when there is nothing to compare with
		 * or it did not change.
		 */
		public PartChange changeOf(SectionKind kind) {
			return this.changes.stream().filter((c) -> c.kind() == kind && c.changed()).findFirst().orElse(null);
		}

		public boolean awaitingDecision() {
			return this.edition.state() == EditionState.SUBMITTED || this.edition.state() == EditionState.SCHEDULED;
		}

	}

	/**
	 * One part compared with its previous version.
	 *
	 * @param kind the part
	 * @param heading its heading now
	 * @param changed whether heading or body changed
	 * @param paragraphs the body as paragraphs of diff segments
	 */
	record PartChange(SectionKind kind, String heading, boolean changed, List<List<TextDiff.Segment>> paragraphs) {
	}

	@Transactional(readOnly = true)
	ReviewPage page(CurrentUser reviewer, Long editionId) {
		ReportEdition edition = this.access.forReview(reviewer, editionId);
		List<Submission> submitted = this.submissions.findByEditionIdOrderByNumberAsc(editionId);
		List<PartChange> changes = List.of();
		int comparedWith = -1;
		if (submitted.size() >= 2) {
			Submission previous = submitted.get(submitted.size() - 2);
			changes = compare(edition, (kind) -> previous.part(kind).map(Submission.Part::getHeading).orElse(""),
					(kind) -> previous.part(kind).map(Submission.Part::getBody).orElse(""));
			comparedWith = previous.getNumber();
		}
		else if (edition.isCorrection()) {
			ReportEdition published = this.editions
				.findFirstByReportIdAndStateOrderByEditionNumberDesc(edition.getReport().getId(),
						EditionState.PUBLISHED)
				.orElse(null);
			if (published != null) {
				Map<SectionKind, ReportSection> before = published.getSections()
					.stream()
					.collect(Collectors.toMap(ReportSection::getKind, Function.identity()));
				changes = compare(edition, (kind) -> (before.get(kind) != null) ? before.get(kind).getHeading() : "",
						(kind) -> (before.get(kind) != null) ? before.get(kind).getBody() : "");
				comparedWith = 0;
			}
		}
		// What the clerk saw when submitting is what the reviewer judges: the checks are
		// recomputed only while the township has the report back.
		Submission latest = submitted.isEmpty() ? null : submitted.get(submitted.size() - 1);
		boolean recorded = latest != null && !edition.getState().isEditable();
		List<Problem> blocking;
		List<Problem> warnings;
		if (recorded) {
			blocking = latest.blocking();
			warnings = latest.warnings();
		}
		else {
			SubmissionChecks.Result result = this.checks.check(edition);
			blocking = result.blocking();
			warnings = result.warnings();
		}
		return new ReviewPage(EditionView.of(edition, this.settings.minPartLength()),
				this.remarks.findByEditionIdOrderByCreatedAtAscIdAsc(editionId), blocking, warnings,
				PublishEdition.failureReasons(reviewer, edition, PublishEdition.SecrecyReview.ASSUMED,
						WorkflowVerb.PUBLISH),
				changes, comparedWith, submitted.size(), recorded ? latest.getSubmittedAt() : null,
				(latest != null && submitted.size() > 1) ? latest.getChangeNote() : null);
	}

	@Transactional(readOnly = true)
	EditionView view(CurrentUser reviewer, Long editionId) {
		return EditionView.of(this.access.forReview(reviewer, editionId), this.settings.minPartLength());
	}

	/**
	 * Every event of the report, saves included, for the reviewer's history page.
	 *
	 * @param edition the edition the history was opened from
	 * @param events the report's audit trail, oldest first
	 */
	record History(EditionView edition, List<AuditEvent> events) {
	}

	@Transactional(readOnly = true)
	History history(CurrentUser reviewer, Long editionId) {
		ReportEdition edition = this.access.forReview(reviewer, editionId);
		return new History(EditionView.of(edition, this.settings.minPartLength()),
				this.audit.findByReportIdOrderByOccurredAtAscIdAsc(edition.getReport().getId()));
	}

	private static List<PartChange> compare(ReportEdition edition, Function<SectionKind, String> headingBefore,
			Function<SectionKind, String> bodyBefore) {
		List<PartChange> changes = new ArrayList<>();
		for (ReportSection section : edition.getSections()) {
			SectionKind kind = section.getKind();
			boolean changed = !section.getHeading().equals(headingBefore.apply(kind))
					|| !TextDiff.same(bodyBefore.apply(kind), section.getBody());
			changes.add(new PartChange(kind, section.getHeading(), changed,
					TextDiff.diff(bodyBefore.apply(kind), section.getBody())));
		}
		return changes;
	}

}
