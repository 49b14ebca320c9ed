package org.fazhi.importing;

/**
 * One paragraph of an imported document, with what its source said about it.
 *
 * @param text the paragraph as written
 * @param headingLevel 1 when the source marked it as a top-level heading (a Word "Heading
 * 1" style or first-level Chinese list numbering), 0 otherwise
 */
public record SourceLine(String text, int headingLevel) {

	public static SourceLine plain(String text) {
		return new SourceLine(text, 0);
	}

	boolean markedHeading() {
		return this.headingLevel == 1;
	}

}
