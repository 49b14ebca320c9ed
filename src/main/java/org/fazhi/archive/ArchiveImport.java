package org.fazhi.archive;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.agency.AgencyDirectory;
import org.fazhi.importing.ParsedReport;
import org.fazhi.importing.ReportParser;
import org.fazhi.importing.SourceLine;
import org.fazhi.system.Messages;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Archive backfill: reports already published elsewhere in past years become published
 * reports of their agencies, with their original index number and publication date when
 * the archive has them. Each file is archived by {@link ArchiveReport} in its own
 * transaction, so one refused file does not hold back the others, and each is searchable
 * as soon as it commits.
 */
@Service
public class ArchiveImport {

	/** What to do when the agency already has a report for that year. */
	public enum OnExisting {

		REFUSE, CORRECT

	}

	/**
	 * One file to import.
	 *
	 * @param name its name, for the result list
	 * @param source where it came from (address of the old page), or {@code null} to use
	 * the name
	 * @param lines its paragraphs, or {@code null} when it could not be read
	 * @param unreadable message key of why it could not be read
	 */
	public record Item(String name, String source, List<SourceLine> lines, String unreadable) {
	}

	private final ReportParser parser = new ReportParser();

	private final ArchiveReport archiveReport;

	private final AgencyDirectory directory;

	private final Messages messages;

	ArchiveImport(ArchiveReport archiveReport, AgencyDirectory directory, Messages messages) {
		this.archiveReport = archiveReport;
		this.directory = directory;
		this.messages = messages;
	}

	/**
	 * @param countyCode the county under which agency names are matched, or {@code null}
	 * to match by code only
	 */
	public List<ArchiveOutcome> perform(List<Item> items, String countyCode, OnExisting onExisting, String actor) {
		Long countyId = (countyCode != null && !countyCode.isBlank())
				? this.directory.byCode(countyCode.strip()).map(AgencyDirectory.Node::id).orElse(null) : null;
		List<ArchiveOutcome> outcomes = new ArrayList<>();
		for (Item item : items) {
			if (item.unreadable() != null) {
				outcomes.add(refused(item.name(), null, null, this.messages.text(item.unreadable())));
				continue;
			}
			ParsedReport parsed = this.parser.parse(item.lines());
			try {
				outcomes.add(this.archiveReport.perform(item, parsed, countyId, onExisting, actor));
			}
			catch (ArchiveRefusal refusal) {
				outcomes.add(refused(item.name(), refusal.agencyName(), parsed.year(),
						this.messages.text(refusal.key(), refusal.arguments())));
			}
			catch (DataIntegrityViolationException ex) {
				// Another import or publication took the same report or index number
				// between the check and the insert.
				outcomes.add(refused(item.name(), null, parsed.year(), this.messages.text("archive.refused.conflict")));
			}
		}
		return outcomes;
	}

	private static ArchiveOutcome refused(String name, String agencyName, Integer year, String reason) {
		return new ArchiveOutcome(name, ArchiveOutcome.Result.REFUSED, null, agencyName, year, null, reason);
	}

}
