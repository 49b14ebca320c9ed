package org.fazhi.filing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionNotFoundException;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReviewRemark;
import org.fazhi.report.ReviewRemarkRepository;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.system.FieldLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 答复审核意见: the clerk answers one of the county's remarks in a sentence or two ("已补充 执法数据",
 * "该数据以统计局口径为准"), while the report is back with the township; the reviewer reads the
 * answer beside the remark when it comes back.
 */
@Service
class ReplyToRemark {

	/** Longest answer: a short reply, not a second report. */
	static final int MAX_REPLY = FieldLimits.REPLY;

	private final EditionAccess access;

	private final ReviewRemarkRepository remarks;

	private final EditionHistory history;

	private final Clock clock;

	ReplyToRemark(EditionAccess access, ReviewRemarkRepository remarks, EditionHistory history, Clock clock) {
		this.access = access;
		this.remarks = remarks;
		this.history = history;
		this.clock = clock;
	}

	static List<Problem> failureReasons(ReportEdition edition, String text) {
		List<Problem> problems = new ArrayList<>();
		if (!edition.getState().isEditable()) {
			problems.add(Problem.of("reply.problem.state"));
		}
		else if (text == null || text.isBlank()) {
			problems.add(Problem.of("reply.problem.text"));
		}
		else if (text.strip().length() > MAX_REPLY) {
			problems.add(new Problem("reason.problem.tooLong", null, MAX_REPLY));
		}
		return problems;
	}

	@Transactional
	void perform(CurrentUser clerk, Long editionId, Long remarkId, String text) {
		ReportEdition edition = this.access.forFiling(clerk, editionId);
		ReviewRemark remark = this.remarks.findById(remarkId)
			.filter((r) -> r.getEditionId().equals(edition.getId()))
			.orElseThrow(() -> new EditionNotFoundException(editionId));
		List<Problem> problems = failureReasons(edition, text);
		if (!problems.isEmpty()) {
			throw new VerbRefusedException(problems);
		}
		remark.answer(text.strip(), clerk.getUsername(), this.clock.instant());
		this.history.transition(clerk.getUsername(), edition, "REPLY", null,
				(remark.getSectionKind() != null) ? remark.getSectionKind().name() : null, text.strip());
	}

}
