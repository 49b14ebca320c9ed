package org.fazhi.importing;

/**
 * What one document may cost while it is read: characters, paragraphs and time. Each
 * reader charges every paragraph it finds and checks the clock as it goes, so a document
 * built to be expensive is refused part way rather than read to the end.
 */
final class ReadingBudget {

	private final ReadingLimits limits;

	private final long deadline;

	private long characters;

	private int paragraphs;

	ReadingBudget(ReadingLimits limits) {
		this.limits = limits;
		this.deadline = System.nanoTime() + limits.maxTime().toNanos();
	}

	/**
	 * Charges one paragraph.
	 * @throws UnreadableDocumentException {@code tooLong} past the character or paragraph
	 * limit, {@code tooSlow} past the time limit
	 */
	void paragraph(String text) {
		this.characters += text.length();
		if (this.characters > this.limits.maxCharacters() || ++this.paragraphs > this.limits.maxParagraphs()) {
			throw new UnreadableDocumentException("tooLong");
		}
		checkTime();
	}

	/**
	 * @throws UnreadableDocumentException {@code tooSlow} past the time limit
	 */
	void checkTime() {
		if (System.nanoTime() - this.deadline > 0) {
			throw new UnreadableDocumentException("tooSlow");
		}
	}

}
