package org.fazhi.disclosure;

import java.time.Instant;
import java.util.List;

import org.fazhi.report.EditionNotFoundException;
import org.fazhi.report.EditionState;
import org.fazhi.report.EditionView;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportSettings;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One report as the public sees it: the published edition, earlier versions replaced by a
 * correction, and the notice left by a withdrawal. Drafts and editions under review do
 * not exist here.
 */
@Service
class ReportPages {

	private final ReportEditionRepository editions;

	private final ReportSettings settings;

	ReportPages(ReportEditionRepository editions, ReportSettings settings) {
		this.editions = editions;
		this.settings = settings;
	}

	/**
	 * A report as the public sees it.
	 *
	 * @param current the published edition, or the withdrawn one
	 * @param earlier versions this one replaced, oldest first
	 * @param shownVersion the earlier version being shown instead of the current one, or
	 * {@code null}
	 */
	record PublicReport(EditionView current, List<Version> earlier, EditionView shownVersion) {

		public boolean withdrawn() {
			return this.current.state() == EditionState.WITHDRAWN;
		}

		public boolean corrected() {
			return !this.earlier.isEmpty();
		}

		/**
		 * The edition whose text the page shows.
		 */
		public EditionView shown() {
			return (this.shownVersion != null) ? this.shownVersion : this.current;
		}

	}

	/**
	 * An earlier, superseded version.
	 *
	 * @param number edition number
	 * @param publishedAt when it was published
	 */
	record Version(int number, Instant publishedAt) {
	}

	@Transactional(readOnly = true)
	List<PublicationRow> latest(int count) {
		return this.editions.findByStateOrderByPublishedAtDescIdDesc(EditionState.PUBLISHED, PageRequest.of(0, count))
			.stream()
			.map((e) -> new PublicationRow(e.getReport().getId(), e.getTitle(), e.getReport().getAgency().getFullName(),
					e.getReport().getYear(), e.getPublishedAt()))
			.toList();
	}

	@Transactional(readOnly = true)
	PublicReport report(Long reportId, Integer version) {
		List<ReportEdition> all = this.editions.findByReportIdOrderByEditionNumberAsc(reportId);
		ReportEdition current = all.stream()
			.filter((e) -> e.getState() == EditionState.PUBLISHED || e.getState() == EditionState.WITHDRAWN)
			.reduce((first, second) -> second)
			.orElseThrow(() -> new EditionNotFoundException(reportId));
		List<ReportEdition> superseded = all.stream().filter((e) -> e.getState() == EditionState.SUPERSEDED).toList();
		EditionView shown = null;
		if (version != null && version != current.getEditionNumber()) {
			shown = superseded.stream()
				.filter((e) -> e.getEditionNumber() == version)
				.findFirst()
				.map(this::view)
				.orElseThrow(() -> new EditionNotFoundException(reportId));
		}
		return new PublicReport(view(current),
				superseded.stream().map((e) -> new Version(e.getEditionNumber(), e.getPublishedAt())).toList(), shown);
	}

	/**
	 * The published text for export; a withdrawn report has none.
	 */
	@Transactional(readOnly = true)
	EditionView published(Long reportId) {
		return this.editions.findFirstByReportIdAndStateOrderByEditionNumberDesc(reportId, EditionState.PUBLISHED)
			.map(this::view)
			.orElseThrow(() -> new EditionNotFoundException(reportId));
	}

	private EditionView view(ReportEdition edition) {
		return EditionView.of(edition, this.settings.minPartLength());
	}

}
