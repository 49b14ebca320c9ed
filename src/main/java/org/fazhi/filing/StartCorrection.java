package org.fazhi.filing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.attachment.Attachments;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionNotFoundException;
import org.fazhi.report.EditionState;
import org.fazhi.report.EditionView;
import org.fazhi.report.Problem;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportPolicy;
import org.fazhi.report.VerbRefusedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correct (更正): the township drafts a new edition from its published report. It goes
 * through review again and, once published, supersedes the old edition under the same
 * index number, with a public correction note.
 */
@Service
class StartCorrection {

	private final ReportEditionRepository editions;

	private final EditionHistory history;

	private final Clock clock;

	private final Attachments attachments;

	StartCorrection(ReportEditionRepository editions, EditionHistory history, Attachments attachments, Clock clock) {
		this.attachments = attachments;
		this.editions = editions;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * The published edition a correction would start from, for the confirm page; another
	 * township's report is not found.
	 */
	@Transactional(readOnly = true)
	EditionView published(CurrentUser clerk, Long reportId) {
		return EditionView.of(load(clerk, reportId).stream()
			.filter((e) -> e.getState() == EditionState.PUBLISHED)
			.reduce((first, second) -> second)
			.orElseThrow(() -> new EditionNotFoundException(reportId)), 0);
	}

	private List<ReportEdition> load(CurrentUser clerk, Long reportId) {
		List<ReportEdition> all = this.editions.findByReportIdOrderByEditionNumberAsc(reportId);
		if (all.isEmpty() || !ReportPolicy.mayFile(clerk, all.get(0).getReport().getAgency())) {
			throw new EditionNotFoundException(reportId);
		}
		return all;
	}

	@Transactional
	ReportEdition perform(CurrentUser clerk, Long reportId) {
		List<ReportEdition> all = load(clerk, reportId);
		ReportEdition published = all.stream()
			.filter((e) -> e.getState() == EditionState.PUBLISHED)
			.reduce((first, second) -> second)
			.orElseThrow(() -> new VerbRefusedException(List.of(Problem.of("correct.problem.notPublished"))));
		if (all.stream().anyMatch((e) -> e.getState().isOpen())) {
			throw new VerbRefusedException(List.of(Problem.of("correct.problem.open")));
		}
		Instant now = this.clock.instant();
		ReportEdition correction = published.draftCorrection(all.get(all.size() - 1).getEditionNumber() + 1,
				clerk.getUsername(), now);
		try {
			this.editions.saveAndFlush(correction);
		}
		catch (DataIntegrityViolationException ex) {
			// Another correction was started at the same moment: the one-open-edition
			// rule holds.
			throw new VerbRefusedException(List.of(Problem.of("correct.problem.open")));
		}
		this.history.transition(clerk.getUsername(), correction, "CORRECT", null, EditionHistory.CORRECTS,
				Integer.toString(published.getEditionNumber()));
		// The stamped scan and the other files go with the text into the correction.
		this.attachments.copy(published.getId(), correction.getId(), clerk.getUsername());
		return correction;
	}

}
