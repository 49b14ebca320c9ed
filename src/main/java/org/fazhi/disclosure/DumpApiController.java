package org.fazhi.disclosure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.fazhi.system.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/dumps}: every published report of a year in one file, as JSON Lines or
 * CSV, for whoever wants all of it without paging through the API; the index lists the
 * years with their files.
 */
@RestController
@RequestMapping("/api/v1/dumps")
class DumpApiController {

	private static final MediaType JSON_LINES = new MediaType("application", "x-ndjson", StandardCharsets.UTF_8);

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final YearDumps dumps;

	private final PublicUrls urls;

	DumpApiController(YearDumps dumps, PublicUrls urls) {
		this.dumps = dumps;
		this.urls = urls;
	}

	/**
	 * One year in the index.
	 *
	 * @param year report year
	 * @param reports published reports
	 * @param jsonl the JSON Lines file
	 * @param csv the CSV file
	 * @param jsonlBytes its size when last written (0: written on first request)
	 * @param csvBytes the same for the CSV
	 */
	record DumpJson(int year, long reports, String jsonl, String csv, long jsonlBytes, long csvBytes) {
	}

	/**
	 * The index.
	 *
	 * @param dumps each year with published reports, newest first
	 */
	record IndexJson(List<DumpJson> dumps) {
	}

	@GetMapping
	IndexJson index() {
		String base = this.urls.base() + "/api/v1/dumps/";
		return new IndexJson(this.dumps.all()
			.stream()
			.map((d) -> new DumpJson(d.year(), d.reports(), base + d.year() + ".jsonl", base + d.year() + ".csv",
					d.jsonlBytes(), d.csvBytes()))
			.toList());
	}

	@GetMapping("/{year:\\d{4}}.{format:jsonl|csv}")
	ResponseEntity<Resource> dump(@PathVariable int year, @PathVariable String format) {
		YearDumps.Format chosen = "csv".equals(format) ? YearDumps.Format.CSV : YearDumps.Format.JSONL;
		Path file = this.dumps.fresh(year, chosen).orElseThrow(() -> new NotFoundException("dump", year));
		return ResponseEntity.ok()
			.contentType((chosen == YearDumps.Format.CSV) ? CSV : JSON_LINES)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("fazhi-reports-" + year + "." + format).build().toString())
			.body(new FileSystemResource(file));
	}

}
