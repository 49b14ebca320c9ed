package org.fazhi.importing;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/imports/parse}: a report's text (text/plain) or file (multipart
 * field {@code file}) in, its structure out. Saves nothing.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

	private final DocumentReader reader;

	private final ReportParser parser = new ReportParser();

	private final ImportMessages warnings;

	ImportApiController(DocumentReader reader, ImportMessages warnings) {
		this.warnings = warnings;
		this.reader = reader;
	}

	@PostMapping(path = "/parse", consumes = MediaType.TEXT_PLAIN_VALUE)
	ParseJson parseText(HttpServletRequest request) throws IOException {
		byte[] bytes = DocumentReader.bounded(request.getInputStream());
		return ParseJson.of(this.parser.parse(this.reader.read("pasted.txt", bytes)), this.warnings);
	}

	@PostMapping(path = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ParseJson parseFile(@RequestParam("file") MultipartFile file) throws IOException {
		return ParseJson.of(this.parser.parse(this.reader.read(file.getOriginalFilename(), file.getBytes())),
				this.warnings);
	}

}
