package org.fazhi.disclosure;

import java.nio.charset.StandardCharsets;

import org.fazhi.agency.AgencyDirectory;
import org.fazhi.system.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /statistics}: a region's last five report years at a glance, for anyone —
 * reports made public on time, late or not at all, and last year's promises kept — as
 * charts drawn on the server (no scripts, printable), each with its data table, and as
 * CSV.
 */
@Controller
class StatisticsController {

	private final YearStatistics statistics;

	private final AgencyDirectory directory;

	StatisticsController(YearStatistics statistics, AgencyDirectory directory) {
		this.statistics = statistics;
		this.directory = directory;
	}

	@GetMapping("/statistics")
	String page(@RequestParam(name = "region", required = false) String region, Model model) {
		model.addAttribute("stats", this.statistics.of(region(region)));
		model.addAttribute("regions", this.directory.roots());
		return "disclosure/statistics";
	}

	@GetMapping("/statistics.csv")
	ResponseEntity<String> csv(@RequestParam(name = "region", required = false) String region) {
		YearStatistics.Statistics stats = this.statistics.of(region(region));
		StringBuilder csv = new StringBuilder("year,townships,on_time,late,not_public,publication_due,promises,kept\n");
		for (YearStatistics.YearRow row : stats.rows()) {
			csv.append(row.year())
				.append(',')
				.append(row.townships())
				.append(',')
				.append(row.onTime())
				.append(',')
				.append(row.late())
				.append(',')
				.append(row.missing())
				.append(',')
				.append(row.due())
				.append(',')
				.append(stats.promisesShown() ? Integer.toString(row.promises()) : "")
				.append(',')
				.append(stats.promisesShown() ? Integer.toString(row.kept()) : "")
				.append('\n');
		}
		String name = "statistics-" + ((stats.region() != null) ? stats.region().code() : "all") + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv.toString());
	}

	private AgencyDirectory.Node region(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return this.directory.byCode(code.strip()).orElseThrow(() -> new NotFoundException("region", code));
	}

}
