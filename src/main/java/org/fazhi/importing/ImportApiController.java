package org.fazhi.importing;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.system.ApiError;
import org.fazhi.system.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

	private final Messages messages;

	ImportApiController(DocumentReader reader, ImportMessages warnings, Messages messages) {
		this.warnings = warnings;
		this.reader = reader;
		this.messages = messages;
	}

	@PostMapping(path = "/parse", consumes = MediaType.TEXT_PLAIN_VALUE)
	ParseJson parseText(HttpServletRequest request) throws IOException {
		byte[] bytes = bounded(request.getInputStream());
		return ParseJson.of(this.parser.parse(this.reader.read("pasted.txt", bytes)), this.warnings);
	}

	@PostMapping(path = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ParseJson parseFile(@RequestParam("file") MultipartFile file) throws IOException {
		return ParseJson.of(this.parser.parse(this.reader.read(file.getOriginalFilename(), file.getBytes())),
				this.warnings);
	}

	/**
	 * Reads at most one byte past the limit, so an oversize body is refused without being
	 * held in memory.
	 */
	static byte[] bounded(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(DocumentReader.MAX_BYTES + 1);
		if (bytes.length > DocumentReader.MAX_BYTES) {
			throw new UnreadableDocumentException("tooLarge");
		}
		return bytes;
	}

	@ExceptionHandler(UnreadableDocumentException.class)
	ResponseEntity<ApiError> unreadable(UnreadableDocumentException ex) {
		HttpStatus status = "tooLarge".equals(ex.getMessage()) ? HttpStatus.PAYLOAD_TOO_LARGE
				: ex.isTampered() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
		return ResponseEntity.status(status).body(new ApiError(ex.getMessage(), this.messages.text(ex.messageKey())));
	}

}
