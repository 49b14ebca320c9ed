package org.fazhi.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;

/**
 * The test database when no Docker engine is available: a fresh database created on the
 * PostgreSQL server at {@code TEST_DATABASE_URL} (default
 * {@code jdbc:postgresql://localhost:5432/postgres}, user {@code postgres}) for this test
 * run, and dropped when the JVM exits. With no server there either, fails at once saying
 * what to start.
 */
final class FallbackPostgres {

	static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/postgres";

	private static final String PREFIX = "fazhi_test_";

	/** Databases left by runs that were killed are dropped once they are this old. */
	private static final Duration STALE = Duration.ofHours(6);

	private static Database database;

	private FallbackPostgres() {
	}

	/**
	 * Where a test run's database lives.
	 *
	 * @param url JDBC URL of the fresh database
	 * @param username user name
	 * @param password password
	 */
	record Database(String url, String username, String password) {
	}

	static synchronized Database database() {
		if (database == null) {
			database = create();
		}
		return database;
	}

	private static Database create() {
		String serverUrl = env("TEST_DATABASE_URL", DEFAULT_URL);
		String username = env("TEST_DATABASE_USERNAME", "postgres");
		String password = env("TEST_DATABASE_PASSWORD", "");
		String name = PREFIX + Instant.now().getEpochSecond() + "_" + ProcessHandle.current().pid();
		try (Connection connection = DriverManager.getConnection(serverUrl, username, password);
				Statement statement = connection.createStatement()) {
			dropStale(statement);
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Tests need PostgreSQL, and found neither a Docker engine for "
							+ "Testcontainers nor a PostgreSQL server at " + serverUrl + " (" + ex.getMessage() + "). "
							+ "Start PostgreSQL (e.g. pg_ctlcluster --skip-systemctl-redirect <version> main start) "
							+ "or point TEST_DATABASE_URL, TEST_DATABASE_USERNAME and TEST_DATABASE_PASSWORD at one.",
					ex);
		}
		// A Spring Boot shutdown handler runs after every application context has closed,
		// so no
		// pool still holds (or waits for) connections to the database being dropped.
		SpringApplication.getShutdownHandlers().add(() -> drop(serverUrl, username, password, name));
		return new Database(withDatabase(serverUrl, name), username, password);
	}

	private static void dropStale(Statement statement) throws SQLException {
		List<String> stale = new ArrayList<>();
		long cutoff = Instant.now().minus(STALE).getEpochSecond();
		try (ResultSet rs = statement
			.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
			while (rs.next()) {
				String[] parts = rs.getString(1).substring(PREFIX.length()).split("_");
				if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
					stale.add(rs.getString(1));
				}
			}
		}
		for (String name : stale) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
	}

	private static void drop(String serverUrl, String username, String password, String name) {
		try (Connection connection = DriverManager.getConnection(serverUrl, username, password);
				Statement statement = connection.createStatement()) {
			// FORCE: the application contexts' pools may still be closing in their own
			// hooks.
			statement.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
		}
	}

	/**
	 * The same server URL pointing at another database: replaces the path after host and
	 * port, keeping any parameters.
	 */
	static String withDatabase(String url, String database) {
		int hostStart = url.indexOf("//");
		int pathStart = url.indexOf('/', hostStart + 2);
		int query = url.indexOf('?', hostStart + 2);
		String base = (pathStart >= 0) ? url.substring(0, pathStart) : (query >= 0) ? url.substring(0, query) : url;
		String params = (query >= 0) ? url.substring(query) : "";
		return base + "/" + database + params;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
