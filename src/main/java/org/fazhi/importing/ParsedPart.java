package org.fazhi.importing;

import org.fazhi.report.SectionKind;

/**
 * One top-level chunk of an imported report: a heading as written and the text under it
 * up to the next top-level heading.
 *
 * @param kind what the chunk means
 * @param heading the heading line as written, numbering included
 * @param body the paragraphs under it, one per line
 * @param thematic whether the heading names a theme rather than a part (e.g.
 * "一、强化组织领导，提升法治意识"), so that it stays as a sub-heading when merged
 */
public record ParsedPart(SectionKind kind, String heading, String body, boolean thematic) {

	public int characters() {
		return this.body.codePointCount(0, this.body.length());
	}

	ParsedPart withKind(SectionKind newKind) {
		return new ParsedPart(newKind, this.heading, this.body, this.thematic || newKind != this.kind);
	}

}
