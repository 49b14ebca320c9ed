package org.fazhi.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fazhi.account.CurrentUser;
import org.fazhi.account.Role;
import org.fazhi.agency.AgencyDirectory;
import org.fazhi.system.NotFoundException;
import org.fazhi.topic.Topic;
import org.fazhi.topic.TopicRepository;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /statistics}: a region's last five report years at a glance, for anyone —
 * reports made public on time, late or not at all, their check scores, last year's
 * promises kept, each township's years and the problems the reports name — as charts
 * drawn on the server (no scripts, printable), each with its data table and a way down to
 * the reports and paragraphs behind it, and as CSV.
 */
@Controller
class StatisticsController {

	private final YearStatistics statistics;

	private final AgencyDirectory directory;

	private final TopicRepository topics;

	StatisticsController(YearStatistics statistics, AgencyDirectory directory, TopicRepository topics) {
		this.statistics = statistics;
		this.directory = directory;
		this.topics = topics;
	}

	@GetMapping("/statistics")
	String page(@RequestParam(name = "region", required = false) String region,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		AgencyDirectory.Node node = region(region);
		boolean internal = user != null && (user.is(Role.ADMIN)
				|| (user.is(Role.REVIEWER) && node != null && node.id().equals(user.agencyId())));
		model.addAttribute("stats", this.statistics.of(node, internal));
		model.addAttribute("internal", internal);
		model.addAttribute("regions", this.directory.roots());
		return "disclosure/statistics";
	}

	/**
	 * The listed problems behind one figure of the problems tables: about a topic or
	 * worded so, of one year or all five.
	 */
	@GetMapping("/statistics/problems")
	String problems(@RequestParam(name = "region", required = false) String region,
			@RequestParam(name = "topic", required = false) Long topicId,
			@RequestParam(name = "phrase", required = false) String phrase,
			@RequestParam(name = "year", required = false) Integer year, Model model) {
		AgencyDirectory.Node node = region(region);
		String wording = (phrase != null) ? phrase.strip() : null;
		if (topicId == null
				&& (wording == null || wording.isEmpty() || wording.length() > ProblemStatistics.LONGEST_PHRASE)) {
			throw new NotFoundException("problem figure", phrase);
		}
		String label;
		if (topicId != null) {
			label = this.topics.findById(topicId)
				.map(Topic::getName)
				.orElseThrow(() -> new NotFoundException("topic", topicId));
		}
		else {
			label = wording;
		}
		model.addAttribute("region", node);
		model.addAttribute("label", label);
		model.addAttribute("year", year);
		model.addAttribute("examples",
				this.statistics.problemExamples(node, topicId, (topicId == null) ? wording : null, year).orElse(null));
		return "disclosure/statistics-problems";
	}

	@GetMapping("/statistics.csv")
	ResponseEntity<String> csv(@RequestParam(name = "region", required = false) String region) {
		YearStatistics.Statistics stats = this.statistics.of(region(region));
		StringBuilder csv = new StringBuilder(
				"year,townships,on_time,late,not_public,publication_due,promises,kept,scored,average_score\n");
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
				.append(stats.detailShown() ? Integer.toString(row.promises()) : "")
				.append(',')
				.append(stats.detailShown() ? Integer.toString(row.kept()) : "")
				.append(',')
				.append(stats.detailShown() ? Integer.toString(row.scored()) : "")
				.append(',')
				.append((stats.detailShown() && row.scored() > 0) ? Integer.toString(row.averageScore()) : "")
				.append('\n');
		}
		return csv("statistics", stats, csv);
	}

	/** Each township's years, as the page's table: public figures only. */
	@GetMapping("/statistics/townships.csv")
	ResponseEntity<String> townshipsCsv(@RequestParam(name = "region", required = false) String region) {
		YearStatistics.Statistics stats = this.statistics.of(region(region));
		StringBuilder csv = new StringBuilder("township,code,year,status,score,kept_percent\n");
		for (YearStatistics.TownshipRow township : stats.townships()) {
			for (YearStatistics.Cell cell : township.cells()) {
				csv.append(YearDumps.csvField(township.name()))
					.append(',')
					.append(township.code())
					.append(',')
					.append(cell.year())
					.append(',')
					.append(cell.status())
					.append(',')
					.append((cell.score() != null) ? cell.score().toString() : "")
					.append(',')
					.append((cell.keptPercent() != null) ? cell.keptPercent().toString() : "")
					.append('\n');
			}
		}
		return csv("statistics-townships", stats, csv);
	}

	/** The problems reports name, by topic and by shared wording, reports per year. */
	@GetMapping("/statistics/problems.csv")
	ResponseEntity<String> problemsCsv(@RequestParam(name = "region", required = false) String region) {
		YearStatistics.Statistics stats = this.statistics.of(region(region));
		StringBuilder csv = new StringBuilder("kind,label");
		stats.years().forEach((year) -> csv.append(',').append(year));
		csv.append(",total\n");
		if (stats.problems() != null) {
			problemRows(csv, "topic", stats.problems().byTopic());
			problemRows(csv, "phrase", stats.problems().phrases());
		}
		return csv("statistics-problems", stats, csv);
	}

	private static void problemRows(StringBuilder csv, String kind, List<ProblemStatistics.Row> rows) {
		for (ProblemStatistics.Row row : rows) {
			csv.append(kind).append(',').append(YearDumps.csvField(row.label()));
			row.counts().forEach((count) -> csv.append(',').append(count));
			csv.append(',').append(row.total()).append('\n');
		}
	}

	private static ResponseEntity<String> csv(String prefix, YearStatistics.Statistics stats, StringBuilder csv) {
		String name = prefix + "-" + ((stats.region() != null) ? stats.region().code() : "all") + ".csv";
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
