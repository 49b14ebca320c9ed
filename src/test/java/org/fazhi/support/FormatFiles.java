package org.fazhi.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The kept reports under {@code import/formats}: the same three reports as text, .docx,
 * and the .doc and .pdf LibreOffice made of them (see {@code FormatFixtureWriter}).
 */
public final class FormatFiles {

	private FormatFiles() {
	}

	public static byte[] bytes(String name) {
		try (InputStream in = FormatFiles.class.getResourceAsStream("/import/formats/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no format fixture " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

}
