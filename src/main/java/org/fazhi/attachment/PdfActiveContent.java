package org.fazhi.attachment;

import java.io.IOException;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * What in a PDF would act on its own in a reader's program: scripts (document-level, on
 * opening, in links), launching programs, embedded files, XFA forms. A scanned, stamped
 * report has none of it; a PDF that has any is refused.
 */
final class PdfActiveContent {

	/** Pages looked at for link actions at most: a stamped report has a few dozen. */
	static final int MAX_PAGES = 500;

	private PdfActiveContent() {
	}

	/**
	 * What active content the PDF holds, or empty; {@code unreadable} when it cannot be
	 * opened (encrypted, broken).
	 */
	static Optional<String> in(byte[] bytes) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			if (document.isEncrypted()) {
				return Optional.of("encrypted");
			}
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			PDDocumentNameDictionary names = catalog.getNames();
			if (names != null && names.getJavaScript() != null) {
				return Optional.of("script");
			}
			if (names != null && names.getEmbeddedFiles() != null) {
				return Optional.of("embedded");
			}
			if (catalog.getOpenAction() instanceof PDAction action && active(action)) {
				return Optional.of("script");
			}
			if (catalog.getAcroForm() != null && catalog.getAcroForm().hasXFA()) {
				return Optional.of("xfa");
			}
			int pages = 0;
			for (PDPage page : document.getPages()) {
				if (++pages > MAX_PAGES) {
					break;
				}
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link && link.getAction() != null
							&& active(link.getAction())) {
						return Optional.of("script");
					}
				}
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.of("unreadable");
		}
	}

	private static boolean active(PDAction action) {
		return action instanceof PDActionJavaScript || action instanceof PDActionLaunch;
	}

}
