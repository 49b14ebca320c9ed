package org.fazhi.operations;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.fazhi.support.ChildApplication;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The documented backup and restore, done for real: {@code pg_dump} of a running
 * database, {@code pg_restore} into a fresh one, and the application started on it with
 * no index at all comes up with the same reports and answers every search exactly as the
 * original does.
 */
@PostgresIntegrationTest
class BackupRestoreTests {

	private static final List<String> QUERIES = List.of("法治", "调解", "执法", "政府 -调解", "\"行政执法\"", "2023");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	HikariDataSource dataSource;

	@TempDir
	Path work;

	@Test
	void aRestoredDumpServesTheSameReportsAndSearches() throws Exception {
		Fixtures.World world = this.fixtures.world();
		for (int year = 2019; year <= 2023; year++) {
			this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), year);
			this.fixtures.published(world.townshipB(), world.clerkB(), world.reviewer(), year);
		}
		String source = new JdbcTemplate(this.dataSource).queryForObject("select current_database()", String.class);
		String restored = "fazhi_restore_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
		Path dump = this.work.resolve("fazhi.dump");
		run("pg_dump", "--format=custom", "--no-owner", "--file=" + dump, "--dbname=" + libpq(source));
		JdbcTemplate server = new JdbcTemplate(this.dataSource);
		server.execute("create database " + restored);
		ChildApplication app = null;
		try {
			run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpq(restored), dump.toString());
			app = ChildApplication.start("restore-test-app", this.dataSource, restored, this.work.resolve("data"),
					ChildApplication.freePort(), "--fazhi.demo-data=false");
			app.awaitReady(world.admin().getUsername(), Fixtures.PASSWORD, BackupRestoreTests::indexed);
			awaitOriginalIndexed(world.admin().getUsername());
			for (String query : QUERIES) {
				String path = "/api/v1/search?size=100&q="
						+ URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
				// As a URI: a template string would be percent-encoded a second time.
				String original = this.mvc.perform(get(URI.create(path)))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
				String copy = app.get(path).body();
				assertThat(ids(copy)).as(query).isEqualTo(ids(original));
				assertThat(total(copy)).as(query).isEqualTo(total(original));
			}
			assertThat(total(this.mvc.perform(get("/api/v1/search?q=法治"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8))).isGreaterThanOrEqualTo(10);
		}
		finally {
			if (app != null) {
				app.kill();
			}
			server.execute("drop database if exists " + restored + " with (force)");
		}
	}

	/**
	 * The index has applied every outbox row and holds every published report.
	 */
	private static boolean indexed(String health) {
		Matcher m = Pattern.compile("\"documents\":(\\d+),\"published\":(\\d+),\"pending\":(\\d+)").matcher(health);
		return m.find() && m.group(1).equals(m.group(2)) && "0".equals(m.group(3));
	}

	/**
	 * This instance's index may still wait for another test's open transaction before it
	 * applies the newest outbox rows (it only reads rows no running transaction can
	 * precede); wait until it has.
	 */
	private void awaitOriginalIndexed(String admin) throws Exception {
		Pattern counts = Pattern.compile("\"documents\":(\\d+),\"published\":(\\d+),\"pending\":(\\d+)");
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline) {
			String body = this.mvc
				.perform(get("/actuator/health/readiness")
					.with(SecurityMockMvcRequestPostProcessors.httpBasic(admin, Fixtures.PASSWORD)))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			Matcher m = counts.matcher(body);
			if (m.find() && m.group(1).equals(m.group(2)) && "0".equals(m.group(3))) {
				return;
			}
			Thread.sleep(250);
		}
	}

	/**
	 * A libpq connection string for {@code database} on the test server.
	 */
	private String libpq(String database) {
		Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/").matcher(this.dataSource.getJdbcUrl());
		assertThat(m.find()).isTrue();
		return "host=" + m.group(1) + " port=" + ((m.group(2) != null) ? m.group(2) : "5432") + " user="
				+ this.dataSource.getUsername() + " dbname=" + database;
	}

	private void run(String... command) throws Exception {
		List<String> line = new ArrayList<>(List.of(command));
		ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		if (this.dataSource.getPassword() != null && !this.dataSource.getPassword().isEmpty()) {
			env.put("PGPASSWORD", this.dataSource.getPassword());
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
	}

	private static List<Long> ids(String json) {
		List<Long> ids = new ArrayList<>();
		Matcher m = Pattern.compile("\\{\"id\":(\\d+)").matcher(json);
		while (m.find()) {
			ids.add(Long.parseLong(m.group(1)));
		}
		return ids;
	}

	private static long total(String json) {
		Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(json);
		assertThat(m.find()).as(json).isTrue();
		return Long.parseLong(m.group(1));
	}

}
