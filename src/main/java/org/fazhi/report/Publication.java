package org.fazhi.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.fazhi.system.FieldLimits;
import org.fazhi.system.WebAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way an edition becomes public or stops being public: publishing (by a reviewer,
 * or by the scheduler on their behalf), archiving a report published elsewhere, and
 * withdrawing. Each supersedes what it replaces, gives the first publication its index
 * number, puts the move on the audit trail and announces {@link ReportPublicStateChanged}
 * inside the transaction.
 */
@Service
public class Publication {

	private final ReportEditionRepository editions;

	private final ReportRepository reports;

	private final IndexNumbers indexNumbers;

	private final EditionHistory history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Publication(ReportEditionRepository editions, ReportRepository reports, IndexNumbers indexNumbers,
			EditionHistory history, ApplicationEventPublisher events, Clock clock) {
		this.editions = editions;
		this.reports = reports;
		this.indexNumbers = indexNumbers;
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Publishes {@code edition} at {@code at}; the checks that allow it (four eyes,
	 * secrecy review) are the caller's.
	 * @param subject what the audit entry says about how it was published (e.g.
	 * {@link EditionHistory#SECRECY_REVIEWED})
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void publish(ReportEdition edition, String actor, Instant at, String subject) {
		supersedePublished(edition, actor, at);
		Report report = edition.getReport();
		if (!report.hasIndexNumber()) {
			report.assignIndexNumber(this.indexNumbers.next(report.getAgency(), yearOf(at)), at);
		}
		EditionState from = edition.publish(actor, at);
		this.editions.saveAndFlush(edition);
		this.history.transition(actor, edition, WorkflowVerb.PUBLISH.name(), from, subject, null);
		this.events.publishEvent(new ReportPublicStateChanged(report.getId()));
	}

	/**
	 * Publishes a backfilled draft as it was published elsewhere: on its original date,
	 * with its original index number when it has one in this agency's series.
	 * @throws VerbRefusedException when the index number is another agency's or already
	 * taken
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void archive(ReportEdition draft, Original original, String actor, Instant now) {
		Report report = draft.getReport();
		if (!report.hasIndexNumber()) {
			report.assignIndexNumber(indexNumberOf(report, original), original.publishedAt());
		}
		supersedePublished(draft, actor, now);
		// Readers are shown where it was first published only when that is a web
		// address; a file name it was uploaded as (bg2024.txt) stays in the audit trail.
		EditionState from = draft.archive(WebAddress.isWeb(original.source()) ? original.source().strip() : null,
				original.publishedAt(), actor, now);
		this.editions.saveAndFlush(draft);
		this.history.transition(actor, draft, WorkflowVerb.ARCHIVE.name(), from, EditionHistory.ARCHIVED_FROM,
				original.source());
		this.events.publishEvent(new ReportPublicStateChanged(report.getId()));
	}

	/**
	 * Takes a published edition down; its page stays as a notice with the reason.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void withdraw(ReportEdition edition, String reason, String actor, Instant at) {
		EditionState from = edition.withdraw(reason, actor, at);
		this.editions.saveAndFlush(edition);
		this.history.transition(actor, edition, WorkflowVerb.WITHDRAW.name(), from, null, reason);
		this.events.publishEvent(new ReportPublicStateChanged(edition.getReport().getId()));
	}

	private void supersedePublished(ReportEdition edition, String actor, Instant at) {
		// A concurrent publication of this same edition may already be committed; the
		// query then returns this (stale) entity, which is not an earlier edition to
		// supersede: the version check at flush refuses this attempt instead.
		this.editions
			.findFirstByReportIdAndStateOrderByEditionNumberDesc(edition.getReport().getId(), EditionState.PUBLISHED)
			.filter((previous) -> !previous.getId().equals(edition.getId()))
			.ifPresent((previous) -> {
				EditionState from = previous.supersede(actor, at);
				this.history.transition(actor, previous, WorkflowVerb.SUPERSEDE.name(), from);
			});
	}

	private IndexNumber indexNumberOf(Report report, Original original) {
		IndexNumber given = original.indexNumber();
		if (given == null) {
			return this.indexNumbers.next(report.getAgency(), yearOf(original.publishedAt()));
		}
		if (given.namesAnotherAgency(report.getAgency())) {
			throw refused("archive.refused.indexNumberAgency", given);
		}
		if (this.reports.existsByIndexNumber(given.toString())) {
			throw refused("archive.refused.indexNumberTaken", given);
		}
		if (given.isSeriesOf(report.getAgency())) {
			this.indexNumbers.taken(report.getAgency(), given);
		}
		return given;
	}

	private int yearOf(Instant at) {
		return at.atZone(this.clock.getZone()).getYear();
	}

	private static VerbRefusedException refused(String code, IndexNumber number) {
		return new VerbRefusedException(List.of(new Problem(code, null, number.toString())));
	}

	/**
	 * How a report was published before it was archived here.
	 *
	 * @param source where it came from (the old page's address, or the file's name)
	 * @param publishedAt when it was first published
	 * @param indexNumber its index number there, or {@code null} to give it one
	 */
	public record Original(String source, Instant publishedAt, IndexNumber indexNumber) {

		public Original {
			source = FieldLimits.fit(source, FieldLimits.ARCHIVED_FROM);
		}

	}

}
