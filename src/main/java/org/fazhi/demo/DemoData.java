package org.fazhi.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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
import org.fazhi.report.Publication;
import org.fazhi.report.Report;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportRepository;
import org.fazhi.report.SubmissionChecks;
import org.fazhi.report.Submissions;
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

	private static final Log logger = LogFactory.getLog(DemoData.class);

	private final AgencyRepository agencies;

	private final UserAccountRepository accounts;

	private final ReportRepository reports;

	private final ReportEditionRepository editions;

	private final EditionHistory history;

	private final SubmissionChecks checks;

	private final Submissions submissions;

	private final Publication publication;

	private final PasswordEncoder encoder;

	private final TopicSuggester topics;

	private final Clock clock;

	private final boolean enabled;

	DemoData(AgencyRepository agencies, UserAccountRepository accounts, ReportRepository reports,
			ReportEditionRepository editions, EditionHistory history, SubmissionChecks checks, Submissions submissions,
			Publication publication, PasswordEncoder encoder, TopicSuggester topics, Clock clock, DemoSettings settings,
			@Value("${spring.datasource.url}") String datasourceUrl) {
		this.agencies = agencies;
		this.accounts = accounts;
		this.reports = reports;
		this.editions = editions;
		this.history = history;
		this.checks = checks;
		this.submissions = submissions;
		this.publication = publication;
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
		int count = 0;
		for (Resource resource : reportResources()) {
			loadReport(DemoReport.parse(read(resource)), byCode, byName);
			count++;
		}
		logger.info("Loaded demo data: " + byCode.size() + " agencies, " + byName.size() + " accounts, " + count
				+ " reports");
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

	private void loadReport(DemoReport demo, Map<String, Agency> byCode, Map<String, UserAccount> byName) {
		Agency agency = byCode.get(demo.header("agency"));
		String clerk = demo.header("clerk");
		if (agency == null || !byName.containsKey(clerk)) {
			throw new IllegalStateException("Demo report names an unknown agency or clerk: " + demo.header("title"));
		}
		LocalDate written = LocalDate.parse(demo.header("written"));
		Instant createdAt = written.atStartOfDay(this.clock.getZone()).minus(20, ChronoUnit.DAYS).toInstant();
		Report report = this.reports.save(new Report(agency, Integer.parseInt(demo.header("year")), clerk, createdAt));
		ReportEdition edition = new ReportEdition(report, 1, demo.header("title"), clerk, createdAt);
		edition.updateMetadata(new EditionMetadata(demo.header("title"), demo.header("addressee"), demo.preamble(),
				demo.header("signing"), written, demo.optionalHeader("number"), demo.optionalHeader("keywords")), clerk,
				createdAt);
		demo.sections().forEach((s) -> edition.addSection(s.kind(), s.heading(), s.body(), clerk, createdAt));
		edition.updateTopics(this.topics.suggest(edition.fullText()), clerk, createdAt);
		this.editions.save(edition);
		this.history.transition(clerk, edition, "CREATE", null, EditionHistory.DEMO, null);
		// The same paths the clerk's and the reviewer's verbs take, at the times the demo
		// report gives.
		Instant submittedAt = written.atTime(16, 30).atZone(this.clock.getZone()).toInstant();
		this.submissions.submit(edition, this.checks.check(edition), null, clerk, submittedAt);
		String published = demo.optionalHeader("published");
		if (published != null) {
			Instant publishedAt = LocalDateTime.parse(published).atZone(this.clock.getZone()).toInstant();
			this.publication.publish(edition, demo.header("reviewer"), publishedAt, EditionHistory.DEMO);
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
