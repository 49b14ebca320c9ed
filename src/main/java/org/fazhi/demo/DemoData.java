package org.fazhi.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.fazhi.account.Role;
import org.fazhi.account.UserAccount;
import org.fazhi.account.UserAccountRepository;
import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionMetadata;
import org.fazhi.report.EditionState;
import org.fazhi.report.Publication;
import org.fazhi.report.Report;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportRepository;
import org.fazhi.report.ReviewRemark;
import org.fazhi.report.ReviewRemarkRepository;
import org.fazhi.report.SubmissionChecks;
import org.fazhi.report.Submissions;
import org.fazhi.report.WorkflowVerb;
import org.fazhi.topic.TopicSuggester;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo data on first start of the embedded default: real agency trees from
 * {@code demo/agencies.csv}, invented people from {@code demo/users.csv}, and reports
 * (written for Fazhi) from {@code demo/reports/*.txt}. With {@code fazhi.demo-data=auto}
 * it runs only on H2, never on a production PostgreSQL unless asked for.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	/** Every demo account's password, documented in the README. */
	static final String DEMO_PASSWORD = "fazhi-demo";

	/** The clerk's 修改说明 when a returned demo report goes back to the county. */
	private static final String RESUBMISSION_NOTE = "已按县审核意见补充第一责任人履职情况（专题会议、带头学法、年终述法）。";

	private static final Log logger = LogFactory.getLog(DemoData.class);

	private final AgencyRepository agencies;

	private final UserAccountRepository accounts;

	private final ReportRepository reports;

	private final ReportEditionRepository editions;

	private final EditionHistory history;

	private final SubmissionChecks checks;

	private final Submissions submissions;

	private final Publication publication;

	private final ReviewRemarkRepository remarks;

	private final PasswordEncoder encoder;

	private final TopicSuggester topics;

	private final Clock clock;

	private final boolean enabled;

	DemoData(AgencyRepository agencies, UserAccountRepository accounts, ReportRepository reports,
			ReportEditionRepository editions, EditionHistory history, SubmissionChecks checks, Submissions submissions,
			Publication publication, ReviewRemarkRepository remarks, PasswordEncoder encoder, TopicSuggester topics,
			Clock clock, DemoSettings settings, @Value("${spring.datasource.url}") String datasourceUrl) {
		this.agencies = agencies;
		this.accounts = accounts;
		this.reports = reports;
		this.editions = editions;
		this.history = history;
		this.checks = checks;
		this.submissions = submissions;
		this.publication = publication;
		this.remarks = remarks;
		this.encoder = encoder;
		this.topics = topics;
		this.clock = clock;
		String mode = settings.demoData();
		this.enabled = "true".equals(mode) || ("auto".equals(mode) && datasourceUrl.startsWith("jdbc:h2:"));
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.agencies.count() > 0) {
			return;
		}
		Map<String, Agency> byCode = loadAgencies();
		Map<String, UserAccount> byName = loadUsers(byCode);
		List<DemoFiling> filings = new ArrayList<>();
		for (Resource resource : reportResources()) {
			filings.add(DemoFiling.of(DemoReport.parse(read(resource))));
		}
		filings.addAll(writtenYears(byCode, byName, filings));
		// In the order things happened, so that index numbers and feeds run as in a real
		// county.
		filings.sort(Comparator.comparing(DemoFiling::firstEvent));
		for (DemoFiling filing : filings) {
			file(filing, byCode, byName);
		}
		logger.info("Loaded demo data: " + byCode.size() + " agencies, " + byName.size() + " accounts, "
				+ filings.size() + " reports");
	}

	private Map<String, Agency> loadAgencies() {
		Map<String, Agency> byCode = new HashMap<>();
		for (String[] row : csv("demo/agencies.csv")) {
			Agency parent = row[4].isEmpty() ? null : byCode.get(row[4]);
			byCode.put(row[0],
					this.agencies.save(new Agency(row[0], row[1], row[2], AgencyLevel.valueOf(row[3]), parent)));
		}
		return byCode;
	}

	private Map<String, UserAccount> loadUsers(Map<String, Agency> byCode) {
		Map<String, UserAccount> byName = new HashMap<>();
		String hash = this.encoder.encode(DEMO_PASSWORD);
		for (String[] row : csv("demo/users.csv")) {
			Agency agency = row[3].isEmpty() ? null : byCode.get(row[3]);
			byName.put(row[0], this.accounts
				.save(new UserAccount(row[0], row[1], hash, Role.valueOf(row[2]), agency, this.clock.instant())));
		}
		return byName;
	}

	/**
	 * Every township's five years, except the years a hand-written report covers.
	 */
	private List<DemoFiling> writtenYears(Map<String, Agency> byCode, Map<String, UserAccount> byName,
			List<DemoFiling> handWritten) {
		DemoYears years = new DemoYears(new ReportWriter());
		List<DemoFiling> filings = new ArrayList<>();
		int index = 0;
		for (String[] row : csv("demo/habits.csv")) {
			Agency township = byCode.get(row[0]);
			String clerk = staff(byName, township, Role.CLERK);
			String reviewer = staff(byName, township.getParent(), Role.REVIEWER);
			DemoYears.Township written = new DemoYears.Township(township.getUnifiedCode(), township.getShortName(),
					township.getFullName(), township.getParent().getShortName(), clerk, reviewer,
					DemoYears.Habit.valueOf(row[1]));
			List<Integer> taken = handWritten.stream()
				.filter((filing) -> filing.agencyCode().equals(township.getUnifiedCode()))
				.map(DemoFiling::year)
				.toList();
			years.write(written, index++, taken).forEach((year) -> filings.add(DemoFiling.of(year)));
		}
		return filings;
	}

	private static String staff(Map<String, UserAccount> byName, Agency agency, Role role) {
		return byName.values()
			.stream()
			.filter((account) -> account.getRole() == role && account.getAgency() != null
					&& account.getAgency().getUnifiedCode().equals(agency.getUnifiedCode()))
			.map(UserAccount::getUsername)
			.sorted()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No demo " + role + " for " + agency.getUnifiedCode()));
	}

	private void file(DemoFiling demo, Map<String, Agency> byCode, Map<String, UserAccount> byName) {
		Agency agency = byCode.get(demo.agencyCode());
		String clerk = demo.clerk();
		if (agency == null || !byName.containsKey(clerk)) {
			throw new IllegalStateException("Demo report names an unknown agency or clerk: " + demo.title());
		}
		ZoneId zone = this.clock.getZone();
		Instant createdAt = demo.written().atStartOfDay(zone).minus(20, ChronoUnit.DAYS).toInstant();
		Report report = this.reports.save(new Report(agency, demo.year(), clerk, createdAt));
		ReportEdition edition = new ReportEdition(report, 1, demo.title(), clerk, createdAt);
		edition.updateMetadata(new EditionMetadata(demo.title(), demo.addressee(), demo.preamble(), demo.signing(),
				demo.written(), demo.number(), demo.keywords()), clerk, createdAt);
		demo.sections().forEach((s) -> edition.addSection(s.kind(), s.heading(), s.body(), clerk, createdAt));
		edition.updateTopics(this.topics.suggest(edition.fullText()), clerk, createdAt);
		this.editions.save(edition);
		this.history.transition(clerk, edition, "CREATE", null, EditionHistory.DEMO, null);
		// The same paths the clerk's and the reviewer's verbs take, at the times the demo
		// report gives.
		DemoYears.Timeline timeline = demo.timeline();
		if (timeline.submitted() == null) {
			return;
		}
		this.submissions.submit(edition, this.checks.check(edition), null, clerk,
				timeline.submitted().atZone(zone).toInstant());
		if (timeline.returned() != null) {
			Instant returnedAt = timeline.returned().atZone(zone).toInstant();
			EditionState from = edition.returnToTownship(demo.reviewer(), returnedAt);
			this.editions.saveAndFlush(edition);
			this.remarks
				.save(new ReviewRemark(edition.getId(), null, demo.reviewer(), timeline.returnReason(), returnedAt));
			this.history.transition(demo.reviewer(), edition, WorkflowVerb.RETURN.name(), from, EditionHistory.DEMO,
					timeline.returnReason());
			this.submissions.submit(edition, this.checks.check(edition), RESUBMISSION_NOTE, clerk,
					timeline.resubmitted().atZone(zone).toInstant());
		}
		if (timeline.published() != null) {
			this.publication.publish(edition, demo.reviewer(), timeline.published().atZone(zone).toInstant(),
					EditionHistory.DEMO);
		}
	}

	private static List<Resource> reportResources() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:demo/reports/*.txt");
			return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String[]> csv(String path) {
		String text = read(new PathMatchingResourcePatternResolver().getResource("classpath:" + path));
		return text.lines().skip(1).filter((line) -> !line.isBlank()).map((line) -> line.split(",", -1)).toList();
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
