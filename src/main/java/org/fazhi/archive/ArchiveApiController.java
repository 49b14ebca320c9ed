package org.fazhi.archive;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.fazhi.account.CurrentUser;
import org.fazhi.agency.UnifiedCode;
import org.fazhi.importing.DocumentReader;
import org.fazhi.importing.UnreadableDocumentException;
import org.fazhi.system.ApiError;
import org.fazhi.system.FieldLimits;
import org.fazhi.system.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/archive}: archive backfill for programs, as JSON (texts) or as
 * multipart files. Admins only.
 */
@RestController
@RequestMapping("/api/v1/archive")
class ArchiveApiController {

	private final ArchiveImport archiveImport;

	private final DocumentReader documents;

	private final Messages messages;

	ArchiveApiController(ArchiveImport archiveImport, DocumentReader documents, Messages messages) {
		this.archiveImport = archiveImport;
		this.documents = documents;
		this.messages = messages;
	}

	/**
	 * The JSON request.
	 *
	 * @param county unified code of the county for name matching, optional
	 * @param onExisting {@code refuse} (default) or {@code correct}
	 * @param reports the reports
	 */
	record ArchiveRequest(@Size(max = UnifiedCode.LENGTH) String county, String onExisting,
			@NotEmpty @Size(max = ArchiveController.MAX_FILES) List<@Valid Entry> reports) {
	}

	/**
	 * One report of the JSON request.
	 *
	 * @param name a name for the result list
	 * @param source where it was published, e.g. the old page's address
	 * @param text the full text
	 */
	record Entry(@Size(max = 200) String name, @Size(max = FieldLimits.ARCHIVED_FROM) String source, String text) {
	}

	/**
	 * The answer.
	 *
	 * @param imported how many were imported (corrections included)
	 * @param refused how many were refused
	 * @param results one per report, in request order
	 */
	record ArchiveResponse(int imported, int refused, List<ArchiveOutcome> results) {

		static ArchiveResponse of(List<ArchiveOutcome> outcomes) {
			int refused = (int) outcomes.stream().filter(ArchiveOutcome::refused).count();
			return new ArchiveResponse(outcomes.size() - refused, refused, outcomes);
		}

	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ArchiveResponse json(@AuthenticationPrincipal CurrentUser admin, @Valid @RequestBody ArchiveRequest request) {
		List<ArchiveImport.Item> items = new ArrayList<>();
		int n = 0;
		for (Entry entry : request.reports()) {
			n++;
			String name = (entry.name() != null && !entry.name().isBlank()) ? entry.name() : "#" + n;
			try {
				items.add(new ArchiveImport.Item(name, entry.source(), this.documents.read(entry.text()), null));
			}
			catch (UnreadableDocumentException ex) {
				items.add(new ArchiveImport.Item(name, entry.source(), null, ex.messageKey()));
			}
		}
		return ArchiveResponse.of(this.archiveImport.perform(items, request.county(),
				ArchiveController.onExisting(request.onExisting()), admin.getUsername()));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> files(@AuthenticationPrincipal CurrentUser admin,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "county", required = false) String county,
			@RequestParam(name = "onExisting", defaultValue = "refuse") String onExisting) {
		List<MultipartFile> chosen = (files != null) ? files.stream().filter((f) -> !f.isEmpty()).toList() : List.of();
		List<ArchiveImport.Item> items = (chosen.isEmpty() || chosen.size() > ArchiveController.MAX_FILES) ? List.of()
				: ArchiveController.items(this.documents, chosen);
		if (items.isEmpty() || items.size() > ArchiveController.MAX_FILES) {
			return ResponseEntity.badRequest()
				.body(new ApiError("bad_request",
						this.messages.text(chosen.isEmpty() ? "archive.noFiles" : "archive.tooMany")));
		}
		return ResponseEntity.ok(ArchiveResponse.of(this.archiveImport.perform(items, county,
				ArchiveController.onExisting(onExisting), admin.getUsername())));
	}

	@ExceptionHandler({ MethodArgumentNotValidException.class, HttpMessageNotReadableException.class })
	ResponseEntity<ApiError> invalid() {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.body(new ApiError("bad_request", this.messages.text("api.error.archiveRequest")));
	}

}
