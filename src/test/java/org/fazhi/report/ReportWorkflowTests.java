package org.fazhi.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Walks every (state, verb) pair: the legal ones lead where the diagram in
 * docs/report-workflow.md says, every other one is refused.
 */
class ReportWorkflowTests {

	// Written out independently of ReportWorkflow so that a change there must be made
	// here too.
	private static final Map<String, EditionState> LEGAL = diagram();

	/**
	 * The arrows of the Mermaid diagram in docs/report-workflow.md, as "STATE VERB" to
	 * target state: the documented table the code must match.
	 */
	static Map<String, EditionState> diagram() {
		try {
			String text = Files.readString(Path.of("docs", "report-workflow.md"));
			Matcher arrow = Pattern.compile("(?m)^\\s*([A-Z_]+) --> ([A-Z_]+): ([A-Z_]+)").matcher(text);
			Map<String, EditionState> legal = new HashMap<>();
			while (arrow.find()) {
				legal.put(arrow.group(1) + " " + arrow.group(3), EditionState.valueOf(arrow.group(2)));
			}
			assertThat(legal).as("arrows in docs/report-workflow.md").hasSizeGreaterThan(10);
			return legal;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void everyStateAndVerbPairIsEitherLegalOrRefused() {
		int legal = 0;
		int refused = 0;
		for (EditionState state : EditionState.values()) {
			for (WorkflowVerb verb : WorkflowVerb.values()) {
				EditionState expected = LEGAL.get(state + " " + verb);
				if (expected != null) {
					assertThat(ReportWorkflow.next(state, verb)).as(state + " " + verb).isEqualTo(expected);
					assertThat(ReportWorkflow.allows(state, verb)).isTrue();
					legal++;
				}
				else {
					assertThatExceptionOfType(IllegalTransitionException.class).as(state + " " + verb)
						.isThrownBy(() -> ReportWorkflow.next(state, verb))
						.satisfies((ex) -> {
							assertThat(ex.getFrom()).isEqualTo(state);
							assertThat(ex.getVerb()).isEqualTo(verb);
						});
					assertThat(ReportWorkflow.allows(state, verb)).isFalse();
					refused++;
				}
			}
		}
		assertThat(legal).isEqualTo(LEGAL.size());
		assertThat(legal + refused).isEqualTo(EditionState.values().length * WorkflowVerb.values().length);
	}

	@Test
	void withdrawnAndSupersededAreFinal() {
		for (WorkflowVerb verb : WorkflowVerb.values()) {
			assertThat(ReportWorkflow.allows(EditionState.WITHDRAWN, verb)).isFalse();
			assertThat(ReportWorkflow.allows(EditionState.SUPERSEDED, verb)).isFalse();
		}
	}

	@Test
	void eachMoveRecordsWhoAndWhenAndClosesTheEditionOnPublication() {
		ReportEdition edition = draft();
		Instant submitted = Instant.parse("2025-02-01T02:00:00Z");
		assertThat(edition.submit("clerk", submitted)).isEqualTo(EditionState.DRAFT);
		assertThat(edition.getState()).isEqualTo(EditionState.SUBMITTED);
		assertThat(edition.getSubmittedBy()).isEqualTo("clerk");
		assertThat(edition.getSubmittedAt()).isEqualTo(submitted);

		Instant published = Instant.parse("2025-03-01T02:00:00Z");
		edition.publish("reviewer", published);
		assertThat(edition.getState()).isEqualTo(EditionState.PUBLISHED);
		assertThat(edition.getPublishedBy()).isEqualTo("reviewer");
		assertThat(edition.getPublishedAt()).isEqualTo(published);
	}

	@Test
	void anIllegalMoveLeavesTheEditionUnchanged() {
		ReportEdition edition = draft();
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> edition.publish("reviewer", Instant.now()));
		assertThat(edition.getState()).isEqualTo(EditionState.DRAFT);
		assertThat(edition.getPublishedAt()).isNull();
	}

	@Test
	void onlyDraftAndReturnedEditionsAcceptText() {
		ReportEdition edition = draft();
		edition.updateSection(SectionKind.MEASURES, "一、主要举措和成效", "正文", "clerk", Instant.now());
		edition.submit("clerk", Instant.now());
		assertThatExceptionOfType(EditionNotEditableException.class)
			.isThrownBy(() -> edition.updateSection(SectionKind.MEASURES, "一、", "改动", "clerk", Instant.now()));
		assertThat(edition.section(SectionKind.MEASURES).orElseThrow().getBody()).isEqualTo("正文");
		edition.returnToTownship("reviewer", Instant.now());
		edition.updateSection(SectionKind.MEASURES, "一、", "改动", "clerk", Instant.now());
		assertThat(edition.section(SectionKind.MEASURES).orElseThrow().getBody()).isEqualTo("改动");
	}

	private static ReportEdition draft() {
		Agency township = new Agency("11440881007109850C", "廉江市良垌镇人民政府", "良垌镇", AgencyLevel.TOWNSHIP, null);
		return new ReportEdition(new Report(township, 2024, "clerk", Instant.now()), 1, "报告", "clerk", Instant.now());
	}

}
