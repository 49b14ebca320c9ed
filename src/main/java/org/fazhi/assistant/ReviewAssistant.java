package org.fazhi.assistant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.fazhi.agency.Agency;
import org.fazhi.report.EditionState;
import org.fazhi.report.Report;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.SectionKind;
import org.fazhi.system.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a report as a careful reviewer would before anyone has to: the secrecy pre-check,
 * fixed formulations, the contents the regulation asks for (scored), copying from the
 * township's previous report and from the county's other published reports, and last
 * year's promises. Pure reading: it changes nothing, so it can run on every save.
 */
@Service
public class ReviewAssistant {

	/** The weight of not copying, with {@link ContentsCheck}'s making 100. */
	static final int ORIGINAL = 25;

	private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
		.thenComparing((Finding finding) -> (finding.part() != null) ? finding.part().ordinal() : -1)
		.thenComparingInt(Finding::start);

	/**
	 * Indexes of public editions kept: the counties and last years being reviewed at one
	 * time. A county's index holds every piece of its public reports of two years (tens
	 * of megabytes for a large county), hence so few.
	 */
	static final int KEPT_INDEXES = 8;

	/**
	 * What copying is checked against, by the public editions it was built from: their
	 * text never changes, so an index stands until the set of editions does.
	 */
	private final Map<String, CopyCheck.Index> indexes = Collections
		.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, CopyCheck.Index> eldest) {
				return size() > KEPT_INDEXES;
			}

		});

	private final Supplier<FormulationCheck> formulations;

	private final ReportEditionRepository editions;

	private final Messages messages;

	private final Promises promises;

	@Autowired
	ReviewAssistant(Formulations formulations, ReportEditionRepository editions, Promises promises, Messages messages) {
		this(formulations::current, editions, promises, messages);
	}

	/**
	 * @param formulations the fixed formulations as they stand when a report is checked
	 */
	ReviewAssistant(Supplier<FormulationCheck> formulations, ReportEditionRepository editions, Promises promises,
			Messages messages) {
		this.formulations = formulations;
		this.promises = promises;
		this.editions = editions;
		this.messages = messages;
	}

	/**
	 * A stored edition, compared with the township's previous published report and the
	 * county's other published reports of this year and last.
	 */
	@Transactional(readOnly = true)
	public Assessment assess(ReportEdition edition) {
		return assess(edition, new Batch(new HashMap<>(), this.formulations.get()));
	}

	/**
	 * A stored edition by id, as a page shows it (the caller has checked access).
	 */
	@Transactional(readOnly = true)
	public AssessmentView view(Long editionId) {
		ReportEdition edition = this.editions.findById(editionId).orElseThrow();
		return AssessmentView.of(assess(edition), CheckedReport.of(edition), this.messages);
	}

	/**
	 * Stored editions by id, a county's published reports indexed once for all of them
	 * (the review queue).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Assessment> assessAll(Collection<ReportEdition> editions) {
		Batch batch = new Batch(new HashMap<>(), this.formulations.get());
		Map<Long, Assessment> assessments = new HashMap<>();
		for (ReportEdition edition : editions) {
			assessments.put(edition.getId(), assess(edition, batch));
		}
		return assessments;
	}

	/**
	 * What the editions assessed together share, read once for all of them.
	 *
	 * @param counties the county indexes, by county and year
	 * @param formulations the fixed formulations as they stand
	 */
	private record Batch(Map<String, CopyCheck.Index> counties, FormulationCheck formulations) {
	}

	private Assessment assess(ReportEdition edition, Batch batch) {
		Report report = edition.getReport();
		Agency agency = report.getAgency();
		List<CopyCheck.Index> indexes = new ArrayList<>();
		Optional<ReportEdition> lastYear = this.editions.findPublished(agency.getId(), report.getYear() - 1);
		lastYear.ifPresent((previous) -> indexes.add(this.indexes.computeIfAbsent("own:" + previous.getId(),
				(key) -> new CopyCheck.Index(List.of(source(previous, true))))));
		if (agency.getParent() != null) {
			Long county = agency.getParent().getId();
			List<Integer> years = List.of(report.getYear(), report.getYear() - 1);
			indexes.add(batch.counties().computeIfAbsent(county + "/" + report.getYear(), (key) -> {
				// Read and indexed once for each set of public editions, not on every
				// save.
				List<Long> ids = this.editions.findIdsInCountyByYearsAndState(county, years, EditionState.PUBLISHED);
				return this.indexes.computeIfAbsent("county:" + ids,
						(idsKey) -> new CopyCheck.Index(
								this.editions.findInCountyByYearsAndState(county, years, EditionState.PUBLISHED)
									.stream()
									.map((other) -> source(other, false))
									.toList()));
			}));
		}
		String lastPlans = lastYear.map((previous) -> CheckedReport.of(previous).body(SectionKind.NEXT_YEAR_PLANS))
			.orElse("");
		UnaryOperator<List<Assessment.Promise>> corrected = (matched) -> lastYear
			.map((previous) -> this.promises.corrected(matched, previous.getId(), edition.getId()))
			.orElse(matched);
		return assess(CheckedReport.of(edition), agency.getId(), indexes, lastPlans, corrected, batch.formulations());
	}

	/**
	 * A report's text alone (the checks API): no other report to compare with unless
	 * given.
	 */
	public Assessment assess(CheckedReport report) {
		return assess(report, null, List.of(), "");
	}

	/** Compared with the given reports, no corrections of the promise matching. */
	Assessment assess(CheckedReport report, Long agencyId, List<CopyCheck.Index> indexes, String lastYearPlans) {
		return assess(report, agencyId, indexes, lastYearPlans, UnaryOperator.identity(), this.formulations.get());
	}

	/**
	 * @param corrected the reviewer's corrections of the promise matching, applied
	 * @param formulationCheck the fixed formulations to check against
	 */
	private Assessment assess(CheckedReport report, Long agencyId, List<CopyCheck.Index> indexes, String lastYearPlans,
			UnaryOperator<List<Assessment.Promise>> corrected, FormulationCheck formulationCheck) {
		List<Finding> findings = new ArrayList<>();
		if (report.title() != null) {
			findings.addAll(formulationCheck.check(null, report.title()));
		}
		for (SectionKind kind : SectionKind.values()) {
			CheckedReport.Part part = report.parts().get(kind);
			if (part != null) {
				String text = part.body();
				findings.addAll(SecrecyCheck.check(kind, text));
				findings.addAll(formulationCheck.check(kind, text));
			}
		}
		ContentsCheck.Outcome contents = ContentsCheck.check(report);
		findings.addAll(contents.findings());
		List<Finding> copied = CopyCheck.check(report, agencyId, indexes);
		findings.addAll(copied);
		List<Assessment.Promise> promises = lastYearPlans.isBlank() ? List.of()
				: corrected.apply(PromiseCheck.match(lastYearPlans, report.body(SectionKind.MEASURES)));
		findings.addAll(PromiseCheck.findings(promises));
		List<Assessment.ScoreLine> lines = new ArrayList<>(contents.lines());
		lines.add(new Assessment.ScoreLine("original", ORIGINAL, original(report, copied.size())));
		findings.sort(ORDER);
		int score = lines.stream().mapToInt(Assessment.ScoreLine::earned).sum();
		return new Assessment(score, lines, findings, promises);
	}

	/** The share of long paragraphs that are the report's own, of the weight. */
	private static int original(CheckedReport report, int copied) {
		long paragraphs = 0;
		for (SectionKind kind : SectionKind.values()) {
			paragraphs += report.body(kind)
				.lines()
				.filter((line) -> ContentsCheck.substance(line) >= CopyCheck.SHORTEST)
				.count();
		}
		if (paragraphs == 0) {
			return ORIGINAL;
		}
		return (int) Math.round(ORIGINAL * Math.max(0, paragraphs - copied) / (double) paragraphs);
	}

	private CopyCheck.Source source(ReportEdition edition, boolean ownLastYear) {
		Report report = edition.getReport();
		String label = this.messages.text("assistant.source", report.getAgency().getShortName(), report.getYear());
		return new CopyCheck.Source(label, report.getId(), report.getAgency().getId(), ownLastYear,
				CheckedReport.of(edition));
	}

}
