package org.fazhi.review;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.fazhi.account.CurrentUser;
import org.fazhi.account.Role;
import org.fazhi.report.DocxExporter;
import org.fazhi.report.EditionNotFoundException;
import org.fazhi.report.EditionState;
import org.fazhi.report.IllegalTransitionException;
import org.fazhi.report.Problem;
import org.fazhi.report.ProblemMessages;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportingCalendar;
import org.fazhi.report.SectionKind;
import org.fazhi.report.StaleEditionException;
import org.fazhi.report.VerbRefusedException;
import org.fazhi.system.DisplayFormats;
import org.fazhi.system.QueryParams;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's pages: the queue, the review page with per-part remarks and changes, a
 * confirm page (GET) before every decision (POST) carrying the edition's version, the
 * report's history, and the county's compliance board.
 */
@Controller
@RequestMapping("/review")
class ReviewController {

	private static final String DECIDE = "review/decide";

	private final ReviewQueue queue;

	private final ReviewReader reader;

	private final PublishEdition publishEdition;

	private final ReturnEdition returnEdition;

	private final UnscheduleEdition unscheduleEdition;

	private final WithdrawEdition withdrawEdition;

	private final RemarkOnEdition remarkOnEdition;

	private final ComplianceBoard board;

	private final ProblemMessages problemMessages;

	private final MessageSource messages;

	private final DocxExporter docx;

	private final Clock clock;

	private final ReportingCalendar calendar;

	private final DisplayFormats formats;

	ReviewController(ReviewQueue queue, ReviewReader reader, PublishEdition publishEdition, ReturnEdition returnEdition,
			UnscheduleEdition unscheduleEdition, WithdrawEdition withdrawEdition, RemarkOnEdition remarkOnEdition,
			ComplianceBoard board, ProblemMessages problemMessages, MessageSource messages, DocxExporter docx,
			Clock clock, ReportingCalendar calendar, DisplayFormats formats) {
		this.formats = formats;
		this.calendar = calendar;
		this.queue = queue;
		this.reader = reader;
		this.publishEdition = publishEdition;
		this.returnEdition = returnEdition;
		this.unscheduleEdition = unscheduleEdition;
		this.withdrawEdition = withdrawEdition;
		this.remarkOnEdition = remarkOnEdition;
		this.board = board;
		this.problemMessages = problemMessages;
		this.messages = messages;
		this.docx = docx;
		this.clock = clock;
	}

	@GetMapping
	String queue(@AuthenticationPrincipal CurrentUser reviewer,
			@RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "state", required = false) String state,
			@RequestParam(name = "township", required = false) String township, Model model) {
		EditionState stateFilter = ReviewQueue.STATES.stream()
			.filter((s) -> s.name().equals(state))
			.findFirst()
			.orElse(null);
		model.addAttribute("queue",
				this.queue.queue(reviewer, QueryParams.integer(year), stateFilter, QueryParams.longValue(township)));
		model.addAttribute("states", ReviewQueue.STATES);
		model.addAttribute("year", QueryParams.integer(year));
		model.addAttribute("state", stateFilter);
		model.addAttribute("township", QueryParams.longValue(township));
		return "review/queue";
	}

	@GetMapping("/editions/{id}")
	String edition(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id, Model model) {
		ReviewReader.ReviewPage page = this.reader.page(reviewer, id);
		model.addAttribute("page", page);
		model.addAttribute("edition", page.edition());
		model.addAttribute("blocking", this.problemMessages.show(page.blocking()));
		model.addAttribute("warnings", this.problemMessages.show(page.warnings()));
		model.addAttribute("publishProblems", this.problemMessages.show(page.publishProblems()));
		return "review/edition";
	}

	@PostMapping("/editions/{id}/remarks")
	String remark(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@RequestParam(name = "part", required = false) String part,
			@RequestParam(name = "text", required = false) String text, RedirectAttributes redirect) {
		SectionKind kind = (part == null || part.isBlank()) ? null : SectionKind.fromSlug(part).orElse(null);
		if (part != null && !part.isBlank() && kind == null) {
			throw new EditionNotFoundException(id);
		}
		try {
			this.remarkOnEdition.perform(reviewer, id, kind, text);
			redirect.addFlashAttribute("flash", "flash.remarked");
		}
		catch (VerbRefusedException ex) {
			redirect.addFlashAttribute("problems", this.problemMessages.show(ex.getProblems()));
			redirect.addFlashAttribute("remarkDraft", text);
			redirect.addFlashAttribute("remarkPart", part);
		}
		return "redirect:/review/editions/" + id + ((kind != null) ? "#part-" + kind.slug() : "");
	}

	@GetMapping("/editions/{id}/{verb:publish|return|unschedule|withdraw}")
	String confirm(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id, @PathVariable String verb,
			Model model) {
		return decidePage(reviewer, id, verb, null, model);
	}

	@PostMapping("/editions/{id}/publish")
	String publish(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@RequestParam(name = "version", required = false) Long version,
			@RequestParam(name = "secrecyReviewed", defaultValue = "false") boolean secrecyReviewed,
			@RequestParam(name = "when", defaultValue = "now") String when,
			@RequestParam(name = "publishAt", required = false) String publishAt, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("when", when);
		model.addAttribute("publishAt", publishAt);
		model.addAttribute("secrecyReviewed", secrecyReviewed);
		Instant at = null;
		if ("later".equals(when)) {
			at = parseLocalTime(publishAt);
			if (at == null) {
				return decidePage(reviewer, id, "publish", List.of(Problem.of("schedule.problem.time")), model);
			}
		}
		Instant scheduled = at;
		return decide(reviewer, id, "publish", model, redirect, () -> {
			ReportEdition edition = this.publishEdition.perform(reviewer, id, version, secrecyReviewed, scheduled);
			if (scheduled == null) {
				// Where the report now is and the number it goes by, at once.
				redirect.addFlashAttribute("flashArgs", List.of(edition.getReport().getIndexNumber()));
				redirect.addFlashAttribute("flashLink", "/reports/" + edition.getReport().getId());
				redirect.addFlashAttribute("flashLinkKey", "flash.published.link");
			}
			else {
				redirect.addFlashAttribute("flashArgs", List.of(this.formats.dateTime(scheduled)));
			}
		}, (scheduled != null) ? "flash.scheduled" : "flash.published");
	}

	@PostMapping("/editions/{id}/return")
	String returnToTownship(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@RequestParam(name = "version", required = false) Long version,
			@RequestParam(name = "reason", required = false) String reason, Model model, RedirectAttributes redirect) {
		model.addAttribute("reason", reason);
		return decide(reviewer, id, "return", model, redirect,
				() -> this.returnEdition.perform(reviewer, id, version, reason), "flash.returned");
	}

	@PostMapping("/editions/{id}/unschedule")
	String unschedule(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@RequestParam(name = "version", required = false) Long version, Model model, RedirectAttributes redirect) {
		return decide(reviewer, id, "unschedule", model, redirect,
				() -> this.unscheduleEdition.perform(reviewer, id, version), "flash.unscheduled");
	}

	@PostMapping("/editions/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id,
			@RequestParam(name = "version", required = false) Long version,
			@RequestParam(name = "reason", required = false) String reason, Model model, RedirectAttributes redirect) {
		model.addAttribute("reason", reason);
		return decide(reviewer, id, "withdraw", model, redirect,
				() -> this.withdrawEdition.perform(reviewer, id, version, reason), "flash.withdrawn");
	}

	/**
	 * Runs a decision: on success back to the queue with a message; refused, the confirm
	 * page again with the reasons and what was typed; stale, the review page with a
	 * friendly "changed since you opened it".
	 */
	private String decide(CurrentUser reviewer, Long id, String verb, Model model, RedirectAttributes redirect,
			Runnable decision, String flash) {
		try {
			decision.run();
			redirect.addFlashAttribute("flash", flash);
			return "redirect:/review";
		}
		catch (VerbRefusedException ex) {
			return decidePage(reviewer, id, verb, ex.getProblems(), model);
		}
		catch (StaleEditionException | ObjectOptimisticLockingFailureException | IllegalTransitionException ex) {
			// Another decision on the same edition got there first (a race the version
			// check or the transition table caught).
			redirect.addFlashAttribute("flashError", "flash.stale");
			return "redirect:/review/editions/" + id;
		}
	}

	private String decidePage(CurrentUser reviewer, Long id, String verb, List<Problem> problems, Model model) {
		ReviewReader.ReviewPage page = this.reader.page(reviewer, id);
		model.addAttribute("page", page);
		model.addAttribute("edition", page.edition());
		model.addAttribute("verb", verb);
		model.addAttribute("problems", (problems != null) ? this.problemMessages.show(problems) : List.of());
		model.addAttribute("publishProblems", this.problemMessages.show(page.publishProblems()));
		return DECIDE;
	}

	@GetMapping("/editions/{id}/history")
	String history(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id, Model model) {
		ReviewReader.History history = this.reader.history(reviewer, id);
		model.addAttribute("edition", history.edition());
		model.addAttribute("events", history.events());
		return "review/history";
	}

	@GetMapping("/editions/{id}/export.docx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable Long id) {
		return this.docx.download(this.reader.view(reviewer, id));
	}

	@GetMapping("/compliance")
	String compliance(@AuthenticationPrincipal CurrentUser reviewer,
			@RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "region", required = false) String region, Model model) {
		int reportYear = reportYear(year);
		model.addAttribute("year", reportYear);
		model.addAttribute("years", years());
		Long county = countyFor(reviewer, QueryParams.longValue(region));
		if (county != null) {
			model.addAttribute("board", this.board.county(county, reportYear));
			return "review/compliance";
		}
		model.addAttribute("regionBoard", this.board.region(QueryParams.longValue(region), reportYear));
		return "review/compliance-region";
	}

	/**
	 * Sets the county's own submission deadline (MM-DD of the year after the report
	 * year); empty restores the service default.
	 */
	@PostMapping("/compliance/deadline")
	String setDeadline(@AuthenticationPrincipal CurrentUser reviewer,
			@RequestParam(name = "region", required = false) String region,
			@RequestParam(name = "deadline", required = false) String deadline,
			@RequestParam(name = "year", required = false) String year, RedirectAttributes redirect) {
		Long county = countyFor(reviewer, QueryParams.longValue(region));
		if (county == null) {
			throw new EditionNotFoundException(QueryParams.longValue(region));
		}
		java.time.MonthDay day = null;
		if (deadline != null && !deadline.isBlank()) {
			try {
				day = java.time.MonthDay.parse("--" + deadline.strip());
			}
			catch (DateTimeParseException ex) {
				redirect.addFlashAttribute("flashError", "flash.deadlineInvalid");
				return "redirect:/review/compliance?year=" + reportYear(year) + "&region=" + county;
			}
		}
		this.board.setDeadline(county, day);
		redirect.addFlashAttribute("flash", "flash.deadlineSaved");
		return "redirect:/review/compliance?year=" + reportYear(year) + "&region=" + county;
	}

	@GetMapping(path = "/compliance.csv")
	ResponseEntity<byte[]> complianceCsv(@AuthenticationPrincipal CurrentUser reviewer,
			@RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "region", required = false) String region) {
		int reportYear = reportYear(year);
		Long county = countyFor(reviewer, QueryParams.longValue(region));
		String csv = (county != null) ? ComplianceCsv.county(this.board.county(county, reportYear), this::text)
				: ComplianceCsv.region(this.board.region(QueryParams.longValue(region), reportYear), this::text);
		// A byte-order mark so that spreadsheet programs read the Chinese correctly.
		byte[] bytes = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("compliance-" + reportYear + ".csv", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(bytes);
	}

	/**
	 * The county whose board to show: a reviewer always sees their own county (asking for
	 * another is "not found"); an admin sees the county asked for, or a region board.
	 */
	private Long countyFor(CurrentUser user, Long region) {
		if (user.is(Role.ADMIN)) {
			return (region != null && this.board.isCounty(region)) ? region : null;
		}
		if (region != null && !Objects.equals(region, user.agencyId())) {
			throw new EditionNotFoundException(region);
		}
		return user.agencyId();
	}

	/**
	 * The year asked for, or the year that is due when none (or nonsense) is asked for.
	 */
	private int reportYear(String year) {
		Integer parsed = QueryParams.integer(year);
		return (parsed != null && this.calendar.isPlausibleYear(parsed)) ? parsed : this.calendar.dueYear();
	}

	private List<Integer> years() {
		return this.calendar.recentYears();
	}

	private Instant parseLocalTime(String value) {
		try {
			return (value == null || value.isBlank()) ? null
					: LocalDateTime.parse(value).atZone(this.clock.getZone()).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
