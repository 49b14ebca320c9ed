package org.fazhi.operations;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.fazhi.support.ChildApplication;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash consistency: the real application runs in its own JVM on its own database while
 * reports are published into it (archive backfill, one transaction per report, each
 * indexed after commit), and is killed with SIGKILL at random moments and started again,
 * several times. Afterwards the database and the search index agree exactly, every
 * published report has an index number, and no index number is used twice.
 */
@PostgresIntegrationTest
class CrashConsistencyTests {

	private static final int KILLS = 4;

	private static final String ADMIN = "admin";

	private static final String PASSWORD = "fazhi-demo";

	@Autowired
	HikariDataSource server;

	@TempDir
	Path dataDir;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void killedAtRandomMomentsTheDatabaseAndTheIndexStillAgree() throws Exception {
		String database = "fazhi_crash_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
		JdbcTemplate serverJdbc = new JdbcTemplate(this.server);
		serverJdbc.execute("create database " + database);
		String url = this.server.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
		DriverManagerDataSource crashDb = new DriverManagerDataSource(url, this.server.getUsername(),
				this.server.getPassword());
		JdbcTemplate jdbc = new JdbcTemplate(crashDb);
		int port = ChildApplication.freePort();
		Random random = new Random(7);
		Map<String, List<String>> townships = townshipsByCounty();
		AtomicInteger sent = new AtomicInteger();
		ChildApplication app = null;
		try {
			for (int round = 0; round <= KILLS; round++) {
				app = ChildApplication.start("crash-test-app-" + round, this.server, database, this.dataDir, port,
						"--fazhi.demo-data=true", "--fazhi.index.poll-interval=1s");
				app.awaitReady(null, null, (body) -> true);
				if (round == KILLS) {
					break;
				}
				AtomicBoolean stop = new AtomicBoolean();
				Thread publisher = Thread.ofVirtual()
					.start(() -> publish(port, townships, random.nextLong(), stop, sent));
				Thread.sleep(1500 + random.nextInt(3000));
				app.kill();
				stop.set(true);
				publisher.join();
			}
			app.awaitReady(ADMIN, PASSWORD, (health) -> indexed(health, jdbc));
			Set<Long> published = new HashSet<>(jdbc
				.queryForList("select distinct report_id from report_edition where state = 'PUBLISHED'", Long.class));
			assertThat(published).as("reports published before and between the kills").hasSizeGreaterThan(30);
			assertThat(indexedIds(app)).isEqualTo(published);
			assertThat(jdbc.queryForList(
					"select index_number from report group by index_number having count(*) > 1 and index_number is not null",
					String.class))
				.isEmpty();
			assertThat(jdbc.queryForObject(
					"select count(*) from report r where r.index_number is null and exists "
							+ "(select 1 from report_edition e where e.report_id = r.id and e.state = 'PUBLISHED')",
					Integer.class))
				.isZero();
			assertThat(sent.get()).isPositive();
		}
		finally {
			if (app != null) {
				app.kill();
			}
			serverJdbc.execute("drop database if exists " + database + " with (force)");
		}
	}

	/**
	 * A clerk's words saved (autosave, then an explicit save) before the process is
	 * killed are all there after the restart.
	 */
	@Test
	void savedWordsSurviveAKillInTheMiddleOfEditing() throws Exception {
		String database = "fazhi_edit_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
		JdbcTemplate serverJdbc = new JdbcTemplate(this.server);
		serverJdbc.execute("create database " + database);
		int port = ChildApplication.freePort();
		ChildApplication app = null;
		try {
			app = ChildApplication.start("edit-crash-app-0", this.server, database, this.dataDir, port,
					"--fazhi.demo-data=true");
			app.awaitReady(null, null, (body) -> true);
			HttpClient clerk = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			post(clerk, app, "/login", get(clerk, app, "/login"), "username=chengzhuang&password=" + PASSWORD);
			// The demo covers 2021–2025; this year is always free to start.
			int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
			HttpResponse<String> started = post(clerk, app, "/filing/reports", get(clerk, app, "/filing"),
					"year=" + year);
			String edition = started.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
			String part = edition + "/parts/measures";
			String form = get(clerk, app, part);
			String autosaved = "自动保存的第一段，记录全年工作。";
			HttpResponse<String> autosave = post(clerk, app, part + "/autosave", form,
					"heading=" + enc("一、主要举措和成效") + "&body=" + enc(autosaved) + "&version=" + version(form));
			assertThat(autosave.statusCode()).as(autosave.body()).isEqualTo(200);
			form = get(clerk, app, part);
			String saved = autosaved + "\n明确保存的第二段。";
			assertThat(post(clerk, app, part, form,
					"heading=" + enc("一、主要举措和成效") + "&body=" + enc(saved) + "&version=" + version(form))
				.statusCode()).isEqualTo(302);
			app.kill();

			app = ChildApplication.start("edit-crash-app-1", this.server, database, this.dataDir, port,
					"--fazhi.demo-data=true");
			app.awaitReady(null, null, (body) -> true);
			HttpClient again = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			post(again, app, "/login", get(again, app, "/login"), "username=chengzhuang&password=" + PASSWORD);
			assertThat(get(again, app, part)).contains(autosaved, "明确保存的第二段。");
		}
		finally {
			if (app != null) {
				app.kill();
			}
			serverJdbc.execute("drop database if exists " + database + " with (force)");
		}
	}

	private static String get(HttpClient client, ChildApplication app, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(app.uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static HttpResponse<String> post(HttpClient client, ChildApplication app, String path, String page,
			String form) throws Exception {
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).as("page has a CSRF token").isTrue();
		return client.send(HttpRequest.newBuilder(app.uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-CSRF-TOKEN", csrf.group(1))
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String version(String page) {
		Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
		assertThat(m.find()).as("form carries a version").isTrue();
		return m.group(1);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * Sends archive requests (ten reports each, for township and year pairs picked at
	 * random) until told to stop or the application dies under it.
	 */
	private void publish(int port, Map<String, List<String>> townships, long seed, AtomicBoolean stop,
			AtomicInteger sent) {
		Random random = new Random(seed);
		List<String> counties = List.copyOf(townships.keySet());
		while (!stop.get()) {
			String county = counties.get(random.nextInt(counties.size()));
			StringBuilder reports = new StringBuilder();
			for (int i = 0; i < 10; i++) {
				String township = townships.get(county).get(random.nextInt(townships.get(county).size()));
				int year = 2001 + random.nextInt(20);
				String text = township + year + "年法治政府建设年度报告\\n一、主要举措和成效\\n推进依法行政，第" + random.nextInt(1000)
						+ "项工作。\\n二、存在的不足和原因\\n基层法治力量薄弱。";
				reports.append((i > 0) ? "," : "")
					.append("{\"name\":\"r")
					.append(i)
					.append("\",\"text\":\"")
					.append(text)
					.append("\"}");
			}
			String body = "{\"county\":\"" + county + "\",\"onExisting\":\"refuse\",\"reports\":[" + reports + "]}";
			try {
				this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/archive"))
					.header("Authorization", ChildApplication.basic(ADMIN, PASSWORD))
					.header("Content-Type", "application/json")
					.timeout(Duration.ofSeconds(30))
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.discarding());
				sent.incrementAndGet();
			}
			catch (IOException | InterruptedException ex) {
				return;
			}
		}
	}

	/**
	 * The index has applied every outbox row and holds as many reports as the database
	 * publishes.
	 */
	private static boolean indexed(String health, JdbcTemplate jdbc) {
		Matcher pending = Pattern.compile("\"pending\":(\\d+)").matcher(health);
		Matcher documents = Pattern.compile("\"documents\":(\\d+)").matcher(health);
		Integer published = jdbc.queryForObject(
				"select count(distinct report_id) from report_edition where state = 'PUBLISHED'", Integer.class);
		return pending.find() && documents.find() && Long.parseLong(pending.group(1)) == 0
				&& Integer.parseInt(documents.group(1)) == published;
	}

	private static Set<Long> indexedIds(ChildApplication app) throws Exception {
		Set<Long> ids = new HashSet<>();
		Pattern id = Pattern.compile("\\{\"id\":(\\d+)");
		for (int page = 0; page < 1000; page++) {
			String body = app.get("/api/v1/search?q=%E6%B3%95%E6%B2%BB&size=100&page=" + page).body();
			Matcher matcher = id.matcher(body);
			int found = 0;
			while (matcher.find()) {
				ids.add(Long.parseLong(matcher.group(1)));
				found++;
			}
			if (found == 0) {
				break;
			}
		}
		return ids;
	}

	private static Map<String, List<String>> townshipsByCounty() throws IOException {
		Map<String, List<String>> townships = new LinkedHashMap<>();
		try (InputStream in = CrashConsistencyTests.class.getResourceAsStream("/demo/agencies.csv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList()) {
				String[] cells = line.split(",", -1);
				if (cells.length >= 5 && "TOWNSHIP".equals(cells[3])) {
					townships.computeIfAbsent(cells[4], (k) -> new ArrayList<>()).add(cells[2]);
				}
			}
		}
		return townships;
	}

}
