package org.fazhi.importing;

import java.time.Duration;

/**
 * How much of a document is read before it is refused: every format is held to the same
 * limits, so no upload costs more than a long report does. A 40,000-character report is
 * about 120 KB of text, a thousand paragraphs and fifty thousand XML elements; each limit
 * is far above that and far below what would tie up the server.
 *
 * @param maxBytes largest upload (also the multipart limit in application.yml)
 * @param maxExpandedBytes most bytes an archive (.docx, .zip) may inflate to
 * @param maxEntries most entries in an archive
 * @param maxCharacters most characters of text read from one document
 * @param maxParagraphs most paragraphs read from one document
 * @param maxElements most XML elements read from one document
 * @param maxPages most pages read from a PDF (a long report is under a hundred)
 * @param maxTime longest one document may take to read; a real report takes well under a
 * second in any format
 * @param maxFilesInZip most documents one .zip of an archive may hold
 */
public record ReadingLimits(int maxBytes, long maxExpandedBytes, int maxEntries, int maxCharacters, int maxParagraphs,
		long maxElements, int maxPages, Duration maxTime, int maxFilesInZip) {

	/** The service's limits. */
	public static final ReadingLimits DEFAULT = new ReadingLimits(20 * 1024 * 1024, 200L * 1024 * 1024, 1000, 1_000_000,
			50_000, 5_000_000, 500, Duration.ofSeconds(20), 200);

}
