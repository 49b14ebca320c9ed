package org.fazhi.assistant;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.importing.DocumentReader;
import org.fazhi.importing.ParsedReport;
import org.fazhi.importing.ReportParser;
import org.fazhi.importing.SourceLine;
import org.fazhi.report.SectionKind;
import org.fazhi.system.Messages;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/checks}: a report's text (text/plain) or file (multipart field
 * {@code file}, any format the import reads) in, the review assistant's score and
 * findings out. Saves nothing; the same sign-in as the parse API.
 */
@RestController
@RequestMapping("/api/v1/checks")
class CheckApiController {

	private final DocumentReader reader;

	private final ReportParser parser = new ReportParser();

	private final ReviewAssistant assistant;

	private final Messages messages;

	CheckApiController(DocumentReader reader, ReviewAssistant assistant, Messages messages) {
		this.reader = reader;
		this.assistant = assistant;
		this.messages = messages;
	}

	/**
	 * The answer.
	 *
	 * @param score out of 100
	 * @param rules each rule of the score
	 * @param findings everything found
	 */
	record CheckJson(int score, List<RuleJson> rules, List<FindingJson> findings) {
	}

	record RuleJson(String rule, String name, int weight, int earned) {
	}

	record FindingJson(String code, Severity severity, SectionKind part, int start, int end, String excerpt,
			String message) {
	}

	@PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
	CheckJson checkText(HttpServletRequest request) throws IOException {
		return check(this.reader.read("pasted.txt", DocumentReader.bounded(request.getInputStream())));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	CheckJson checkFile(@RequestParam("file") MultipartFile file) throws IOException {
		return check(this.reader.read(file.getOriginalFilename(), file.getBytes()));
	}

	private CheckJson check(List<SourceLine> lines) {
		ParsedReport parsed = this.parser.parse(lines);
		Map<SectionKind, CheckedReport.Part> parts = new EnumMap<>(SectionKind.class);
		parsed.merged().forEach((kind, part) -> parts.put(kind, new CheckedReport.Part(part.heading(), part.body())));
		Assessment assessment = this.assistant.assess(new CheckedReport(parsed.title(), parts));
		return new CheckJson(assessment.score(),
				assessment.lines()
					.stream()
					.map((line) -> new RuleJson(line.rule(), this.messages.text(line.messageKey()), line.weight(),
							line.earned()))
					.toList(),
				assessment.findings()
					.stream()
					.map((finding) -> new FindingJson(finding.code(), finding.severity(), finding.part(),
							finding.start(), finding.end(), finding.excerpt(),
							this.messages.text(finding.messageKey(), finding.arguments().toArray())))
					.toList());
	}

}
