package org.fazhi.assistant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fazhi.report.SectionKind;

/**
 * Copying: paragraphs that repeat the township's own previous report, or another
 * township's published report, nearly word for word. Against last year's own report the
 * figures are made alike (a paragraph with this year's figures put in is still a copy);
 * against another township's they count (a county's template sentence filled in with the
 * township's own figures is not a copy, the same paragraph with only the name changed
 * is). Each finding names the report and paragraph repeated, with its text, so the two
 * can be shown side by side. Short paragraphs are the phrases every report shares.
 */
final class CopyCheck {

	/** Paragraphs shorter than this (characters of substance) are not compared. */
	static final int SHORTEST = 60;

	/**
	 * Another township's paragraph must be at least this long to count: a short template
	 * sentence repeated with the same figures is shared wording rather than a copied
	 * report.
	 */
	static final int SHORTEST_FROM_OTHER = 80;

	/**
	 * Share of five-character pieces a paragraph must share with last year's (Jaccard).
	 */
	static final double SIMILAR = 0.7;

	/** The share needed with another township's paragraph, figures counted. */
	static final double SIMILAR_TO_OTHER = 0.8;

	/** A piece shared by more paragraphs than this is a template phrase. */
	static final int COMMON_PIECE = 24;

	/** The rarest pieces are always followed, however common. */
	static final int RAREST = 4;

	private CopyCheck() {
	}

	/**
	 * A report the checked one may have copied from.
	 *
	 * @param label how it is named ("程庄镇 2024 年度报告")
	 * @param reportId its report, for a link
	 * @param agencyId its township, so that a township is never compared with itself
	 * @param ownLastYear whether it is the checked township's previous report
	 * @param report its parts
	 */
	record Source(String label, Long reportId, Long agencyId, boolean ownLastYear, CheckedReport report) {
	}

	private record Paragraph(Source source, int number, String text, int[] shingles) {
	}

	/**
	 * Reports' paragraphs indexed by their pieces: built once for a county's published
	 * reports and used for every report of its queue.
	 */
	static final class Index {

		private final Map<Integer, List<Paragraph>> byShingle = new HashMap<>();

		Index(List<Source> sources) {
			for (Source source : sources) {
				int number = 0;
				for (SectionKind kind : SectionKind.values()) {
					for (String line : source.report().body(kind).split("\n")) {
						number++;
						if (ContentsCheck.substance(line) >= (source.ownLastYear() ? SHORTEST : SHORTEST_FROM_OTHER)) {
							Paragraph paragraph = new Paragraph(source, number, line.strip(),
									Shingles.of(line, !source.ownLastYear()));
							for (int shingle : paragraph.shingles()) {
								this.byShingle.computeIfAbsent(shingle, (s) -> new ArrayList<>()).add(paragraph);
							}
						}
					}
				}
			}
		}

	}

	static List<Finding> check(CheckedReport report, List<Source> sources) {
		return check(report, null, List.of(new Index(sources)));
	}

	/**
	 * @param agencyId the checked report's township, whose own paragraphs in the indexes
	 * are passed over, or {@code null}
	 */
	static List<Finding> check(CheckedReport report, Long agencyId, List<Index> indexes) {
		List<Finding> findings = new ArrayList<>();
		for (SectionKind kind : SectionKind.values()) {
			for (String line : report.body(kind).split("\n", -1)) {
				if (ContentsCheck.substance(line) >= SHORTEST) {
					match(line, agencyId, indexes).ifPresent((match) -> {
						Paragraph source = match.paragraph();
						String code = source.source().ownLastYear() ? "copiedFromLastYear" : "copiedFromOther";
						findings.add(new Finding(code, Severity.WARNING, kind, -1, -1, line.strip(),
								List.of(source.source().label(), source.number(),
										(int) Math.round(match.similarity() * 100), source.source().reportId(),
										source.text())));
					});
				}
			}
		}
		return positioned(report, findings);
	}

	private record Match(Paragraph paragraph, double similarity) {
	}

	/**
	 * The most similar paragraph past its threshold, each measured its own way.
	 * Candidates come from the paragraph's rarer pieces: a piece that dozens of
	 * paragraphs share (a county's template phrase) says nothing about which one was
	 * copied, and following it would cost more than the whole check.
	 */
	private static Optional<Match> match(String line, Long agencyId, List<Index> indexes) {
		int[] alike = Shingles.of(line, false);
		// Without figures the two ways of reading a paragraph are one.
		int[] kept = line.chars().anyMatch(Character::isDigit) ? Shingles.of(line, true) : alike;
		// By identity: a paragraph's own hash would be its whole set of pieces.
		Set<Paragraph> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Index index : indexes) {
			candidates(alike, index, agencyId, true, candidates);
			candidates(kept, index, agencyId, false, candidates);
		}
		Match best = null;
		for (Paragraph candidate : candidates) {
			boolean own = candidate.source().ownLastYear();
			int[] mine = own ? alike : kept;
			double threshold = own ? SIMILAR : SIMILAR_TO_OTHER;
			// Sets this different in size cannot reach the threshold: the shorter over
			// the
			// longer bounds their similarity.
			int shorter = Math.min(mine.length, candidate.shingles().length);
			int longer = Math.max(mine.length, candidate.shingles().length);
			if (shorter < threshold * longer) {
				continue;
			}
			int common = Shingles.common(mine, candidate.shingles());
			double similarity = (double) common / (mine.length + candidate.shingles().length - common);
			if (similarity >= threshold && (best == null || similarity > best.similarity())) {
				best = new Match(candidate, similarity);
			}
		}
		return Optional.ofNullable(best);
	}

	private static void candidates(int[] shingles, Index index, Long agencyId, boolean own, Set<Paragraph> candidates) {
		List<List<Paragraph>> postings = new ArrayList<>();
		for (int shingle : shingles) {
			List<Paragraph> posting = index.byShingle.get(shingle);
			if (posting != null) {
				postings.add(posting);
			}
		}
		postings.sort(Comparator.comparingInt(List::size));
		for (int i = 0; i < postings.size(); i++) {
			List<Paragraph> posting = postings.get(i);
			if (i >= RAREST && posting.size() > COMMON_PIECE) {
				break;
			}
			for (Paragraph candidate : posting) {
				boolean sameTownship = agencyId != null && agencyId.equals(candidate.source().agencyId());
				if (candidate.source().ownLastYear() == own && (own || !sameTownship)) {
					candidates.add(candidate);
				}
			}
		}
	}

	/**
	 * The findings with where each paragraph stands in its part.
	 */
	private static List<Finding> positioned(CheckedReport report, List<Finding> findings) {
		List<Finding> placed = new ArrayList<>();
		for (Finding finding : findings) {
			String body = report.body(finding.part());
			int start = body.indexOf(finding.excerpt());
			placed.add(new Finding(finding.code(), finding.severity(), finding.part(), start,
					(start < 0) ? -1 : start + finding.excerpt().length(), finding.excerpt(), finding.arguments()));
		}
		return placed;
	}

}
