package org.fazhi.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.EditionAccess;
import org.fazhi.report.EditionState;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.system.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attachments where each person meets them: the clerk adds and removes files while the
 * edition can be changed, the reviewer while it waits for a decision, both download them;
 * the public downloads the files of what is public now. Every handler loads the edition
 * through {@code EditionAccess} (someone else's answers 404).
 */
@Controller
class AttachmentController {

	private final Attachments attachments;

	private final EditionAccess access;

	private final ReportEditionRepository editions;

	AttachmentController(Attachments attachments, EditionAccess access, ReportEditionRepository editions) {
		this.attachments = attachments;
		this.access = access;
		this.editions = editions;
	}

	@PostMapping("/filing/editions/{id}/attachments")
	String addByClerk(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		ReportEdition edition = this.access.forFiling(clerk, id);
		add(edition, edition.getState().isEditable(), file, clerk, redirect);
		return "redirect:/filing/editions/" + id + "#attachments";
	}

	@PostMapping("/filing/editions/{id}/attachments/{attachmentId}/delete")
	String removeByClerk(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id,
			@PathVariable Long attachmentId, RedirectAttributes redirect) {
		ReportEdition edition = this.access.forFiling(clerk, id);
		remove(edition, edition.getState().isEditable(), attachmentId, clerk, redirect);
		return "redirect:/filing/editions/" + id + "#attachments";
	}

	@GetMapping("/filing/editions/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> downloadByClerk(@AuthenticationPrincipal CurrentUser clerk, @PathVariable Long id,
			@PathVariable Long attachmentId) {
		return download(this.access.forFiling(clerk, id).getId(), attachmentId, CacheControl.noStore());
	}

	@PostMapping("/review/editions/{id}/attachments")
	String addByReviewer(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		ReportEdition edition = this.access.forReview(reviewer, id);
		add(edition, edition.getState() == EditionState.SUBMITTED, file, reviewer, redirect);
		return "redirect:/review/editions/" + id + "#attachments";
	}

	@PostMapping("/review/editions/{id}/attachments/{attachmentId}/delete")
	String removeByReviewer(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@PathVariable Long attachmentId, RedirectAttributes redirect) {
		ReportEdition edition = this.access.forReview(reviewer, id);
		remove(edition, edition.getState() == EditionState.SUBMITTED, attachmentId, reviewer, redirect);
		return "redirect:/review/editions/" + id + "#attachments";
	}

	@GetMapping("/review/editions/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> downloadByReviewer(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@PathVariable Long attachmentId) {
		return download(this.access.forReview(reviewer, id).getId(), attachmentId, CacheControl.noStore());
	}

	/** The files of the edition public now; an earlier edition's are not offered. */
	@GetMapping("/reports/{reportId}/attachments/{attachmentId}")
	ResponseEntity<byte[]> downloadPublic(@PathVariable Long reportId, @PathVariable Long attachmentId) {
		ReportEdition published = this.editions
			.findFirstByReportIdAndStateOrderByEditionNumberDesc(reportId, EditionState.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("report", reportId));
		return download(published.getId(), attachmentId, CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
	}

	private void add(ReportEdition edition, boolean allowed, MultipartFile file, CurrentUser user,
			RedirectAttributes redirect) {
		if (!allowed) {
			redirect.addFlashAttribute("attachmentProblem", "attachment.problem.state");
			return;
		}
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("attachmentProblem", "attachment.problem.empty");
			return;
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("attachmentProblem", "upload.broken");
			return;
		}
		this.attachments.add(edition, file.getOriginalFilename(), bytes, user.getUsername())
			.ifPresentOrElse((problem) -> redirect.addFlashAttribute("attachmentProblem", problem),
					() -> redirect.addFlashAttribute("flash", "flash.attached"));
	}

	private void remove(ReportEdition edition, boolean allowed, Long attachmentId, CurrentUser user,
			RedirectAttributes redirect) {
		if (!allowed) {
			redirect.addFlashAttribute("attachmentProblem", "attachment.problem.state");
			return;
		}
		// Gone already (a second click, a colleague first) is as good as removed.
		this.attachments.remove(edition, attachmentId, user.getUsername());
		redirect.addFlashAttribute("flash", "flash.detached");
	}

	private ResponseEntity<byte[]> download(Long editionId, Long attachmentId, CacheControl cache) {
		Attachments.Download download = this.attachments.download(editionId, attachmentId)
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
		Attachment attachment = download.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.cacheControl(cache)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.getFileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(download.content());
	}

}
