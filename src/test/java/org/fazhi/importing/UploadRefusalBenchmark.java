package org.fazhi.importing;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * How long it takes to refuse the outside attack's upload (2.2 million one-character
 * paragraphs in a .docx under the size and expansion limits) and to read a long real
 * report, printed for BENCHMARKS.md: {@code ./mvnw -Pbenchmark verify
 * -Dtest=UploadRefusalBenchmark}.
 */
class UploadRefusalBenchmark {

	@Test
	void timeToRefuseTheAttackUpload() throws IOException {
		DocumentReader reader = new DocumentReader();
		byte[] bomb = DocumentReaderTests.tinyParagraphs(2_200_000);
		for (int run = 1; run <= 5; run++) {
			long start = System.nanoTime();
			String outcome;
			try {
				reader.read("a.docx", bomb);
				outcome = "read";
			}
			catch (UnreadableDocumentException ex) {
				outcome = ex.messageKey();
			}
			System.out.printf("upload-refusal run=%d bytes=%d outcome=%s millis=%.0f%n", run, bomb.length, outcome,
					(System.nanoTime() - start) / 1e6);
		}
	}

}
