package org.fazhi.operations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operations rely on: probes, metrics for the scraper only, request ids, and the
 * audit file apart from the application log.
 */
@PostgresIntegrationTest
class OperationsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Clock clock;

	@Value("${fazhi.audit-dir:${fazhi.data-dir}/audit}")
	Path auditDir;

	@Test
	void probesAreOpenAndDetailsAreForAdmins() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		Fixtures.World world = this.fixtures.world();
		this.mvc
			.perform(get("/actuator/health/readiness").with(httpBasic(world.admin().getUsername(), Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.searchIndex.status").value("UP"))
			.andExpect(jsonPath("$.components.searchIndex.details.pending").isNumber());
	}

	@Test
	void metricsAreForTheScraperOnly() throws Exception {
		Fixtures.World world = this.fixtures.world();
		this.mvc.perform(get("/search").param("q", "法治")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic(world.clerkA().getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic(world.admin().getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fazhi_search_seconds_count")))
			.andExpect(content().string(containsString("fazhi_index_pending")))
			.andExpect(content().string(containsString("http_server_requests_seconds")));
	}

	@Test
	void everyResponseCarriesARequestId() throws Exception {
		this.mvc.perform(get("/")).andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
		this.mvc.perform(get("/").header("X-Request-Id", "proxy-1234"))
			.andExpect(header().string("X-Request-Id", "proxy-1234"));
		this.mvc.perform(get("/").header("X-Request-Id", "<script>\n"))
			.andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
	}

	@Test
	void signInsGoToTheAuditFile() throws Exception {
		String username = "nobody-" + System.nanoTime();
		this.mvc.perform(
				post("/login").param("username", username).param("password", "wrong").with(csrf()).with((request) -> {
					request.setRemoteAddr("10.77.0.1");
					return request;
				}))
			.andExpect(status().is3xxRedirection());
		Path file = this.auditDir.resolve("audit-" + LocalDate.now(this.clock) + ".log");
		assertThat(Files.readString(file, StandardCharsets.UTF_8))
			.contains("actor=" + username + " action=LOGIN_FAILURE", "10.77.0.1");
	}

}
