package org.fazhi.operations;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The database goes away (connections refused and the open ones cut) and comes back:
 * meanwhile pages answer 503 with a plain message and health turns red; afterwards the
 * application serves again by itself. Runs on its own database.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = { "spring.datasource.hikari.connection-timeout=1500",
		"spring.datasource.hikari.validation-timeout=1000", "fazhi.test.context=outage" })
class DatabaseOutageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HikariDataSource dataSource;

	@Test
	void pagesSayUnavailableWhileTheDatabaseIsDownAndRecoverWhenItReturns() throws Exception {
		assertThat(status("/browse")).isEqualTo(200);
		String database = this.jdbc.queryForObject("select current_database()", String.class);
		try {
			admin("alter database \"" + database + "\" with allow_connections false");
			admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
					+ "' and pid <> pg_backend_pid()");
			MvcResult page = this.mvc.perform(get("/reports/1").accept("text/html")).andReturn();
			assertThat(page.getResponse().getStatus()).isEqualTo(503);
			assertThat(page.getResponse().getHeader("Retry-After")).isEqualTo("30");
			assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("服务暂时不可用")
				.doesNotContain("Exception");
			assertThat(status("/api/v1/reports")).isEqualTo(503);
			assertThat(this.mvc.perform(get("/api/v1/reports")).andReturn().getResponse().getHeader("Retry-After"))
				.isEqualTo("30");
			assertThat(status("/actuator/health")).isEqualTo(503);
		}
		finally {
			admin("alter database \"" + database + "\" with allow_connections true");
		}
		long deadline = System.currentTimeMillis() + 20_000;
		while (status("/browse") != 200 && System.currentTimeMillis() < deadline) {
			Thread.sleep(250);
		}
		assertThat(status("/browse")).isEqualTo(200);
		assertThat(status("/actuator/health")).isEqualTo(200);
	}

	private int status(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getStatus();
	}

	/**
	 * A statement on the server's maintenance database, as the same user.
	 */
	private void admin(String sql) throws Exception {
		String url = this.dataSource.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
		try (Connection connection = DriverManager.getConnection(url, this.dataSource.getUsername(),
				this.dataSource.getPassword()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
