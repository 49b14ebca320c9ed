package org.fazhi.disclosure;

import java.util.List;

import org.fazhi.report.EditionNotFoundException;
import org.fazhi.report.EditionState;
import org.fazhi.report.EditionView;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportSettings;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the public may see: only published editions.
 */
@Service
class PublicReports {

	private final ReportEditionRepository editions;

	private final ReportSettings settings;

	PublicReports(ReportEditionRepository editions, ReportSettings settings) {
		this.editions = editions;
		this.settings = settings;
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
	EditionView report(Long reportId) {
		return this.editions.findFirstByReportIdAndStateOrderByEditionNumberDesc(reportId, EditionState.PUBLISHED)
			.map((e) -> EditionView.of(e, this.settings.minPartLength()))
			.orElseThrow(() -> new EditionNotFoundException(reportId));
	}

}
