package org.fazhi.review;

import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.ReportPolicy;
import org.fazhi.report.ReportingCalendar;
import org.fazhi.system.Messages;
import org.fazhi.system.NotFoundException;
import org.fazhi.system.QueryParams;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The compliance board: which townships of a county filed and published on time, or for
 * an admin the counties of a region; its CSV; the county's own submission deadline.
 */
@Controller
@RequestMapping("/review")
class ComplianceController {

	private final ComplianceBoard board;

	private final ReportingCalendar calendar;

	private final Messages messages;

	ComplianceController(ComplianceBoard board, ReportingCalendar calendar, Messages messages) {
		this.board = board;
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/compliance")
	String compliance(@AuthenticationPrincipal CurrentUser reviewer,
			@RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "region", required = false) String region, Model model) {
		int reportYear = reportYear(year);
		model.addAttribute("year", reportYear);
		model.addAttribute("years", this.calendar.recentYears());
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
			throw new NotFoundException("county", region);
		}
		String back = "redirect:/review/compliance?year=" + reportYear(year) + "&region=" + county;
		MonthDay day = null;
		if (deadline != null && !deadline.isBlank()) {
			try {
				day = MonthDay.parse("--" + deadline.strip());
			}
			catch (DateTimeParseException ex) {
				redirect.addFlashAttribute("flashError", "flash.deadlineInvalid");
				return back;
			}
		}
		this.board.setDeadline(county, day);
		redirect.addFlashAttribute("flash", "flash.deadlineSaved");
		return back;
	}

	@GetMapping("/compliance.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser reviewer,
			@RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "region", required = false) String region) {
		int reportYear = reportYear(year);
		Long county = countyFor(reviewer, QueryParams.longValue(region));
		String csv = (county != null) ? ComplianceCsv.county(this.board.county(county, reportYear), this.messages::text)
				: ComplianceCsv.region(this.board.region(QueryParams.longValue(region), reportYear),
						this.messages::text);
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
	 * The county whose board to show: by default the reviewer's own; an admin's default
	 * is a region board ({@code null}), and a region that is not a county also gives one.
	 * A board {@link ReportPolicy#maySeeCountyBoard} does not allow is "not found".
	 */
	private Long countyFor(CurrentUser user, Long region) {
		Long county = ReportPolicy.reviewedCounty(user)
			.map((own) -> (region != null) ? region : own)
			.orElse((region != null && this.board.isCounty(region)) ? region : null);
		if (county != null && !ReportPolicy.maySeeCountyBoard(user, county)) {
			throw new NotFoundException("county", region);
		}
		return county;
	}

	/**
	 * The year asked for, or the year that is due when none (or nonsense) is asked for.
	 */
	private int reportYear(String year) {
		Integer parsed = QueryParams.integer(year);
		return (parsed != null && this.calendar.isPlausibleYear(parsed)) ? parsed : this.calendar.dueYear();
	}

}
