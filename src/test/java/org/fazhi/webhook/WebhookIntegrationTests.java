package org.fazhi.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.fazhi.report.ReportEdition;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.fazhi.support.WorkflowRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A county portal's receiver, a real HTTP server on this machine: each publication
 * reaches it signed with the shared secret; a receiver that fails is tried again after
 * its wait, then given up and shown as failed to the admin, who can send it again.
 */
@PostgresIntegrationTest
class WebhookIntegrationTests {

	private static final String SECRET = "portal-shared-secret-0123456789";

	/** What the receiver answers, one status per request; 200 when none is left. */
	private static final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

	private static final List<Map<String, String>> received = new CopyOnWriteArrayList<>();

	private static final HttpServer receiver = start();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WebhookSender sender;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void receiverSettings(DynamicPropertyRegistry registry) {
		registry.add("fazhi.webhooks.receivers[0].url",
				() -> "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
		registry.add("fazhi.webhooks.receivers[0].secret", () -> SECRET);
		registry.add("fazhi.webhooks.max-attempts", () -> "2");
		// The test sends; the scheduler stays out of its way.
		registry.add("fazhi.webhooks.interval", () -> "1h");
	}

	@AfterAll
	static void stop() {
		receiver.stop(0);
	}

	@BeforeEach
	void clean() {
		answers.clear();
		received.clear();
		this.jdbc.update("delete from webhook_delivery");
	}

	@Test
	void aPublicationReachesTheReceiverSignedAndAFailureIsTriedAgain() throws Exception {
		answers.add(503);
		Fixtures.World world = this.fixtures.world();
		ReportEdition published = this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2024);
		assertThat(this.sender.sendDue()).isEqualTo(1);
		assertThat(received).hasSize(1);
		assertThat(state()).isEqualTo("PENDING");
		// Not again before its wait.
		assertThat(this.sender.sendDue()).isZero();
		this.jdbc.update("update webhook_delivery set next_attempt_at = now() - interval '1 second'");
		assertThat(this.sender.sendDue()).isEqualTo(1);
		assertThat(state()).isEqualTo("DELIVERED");

		Map<String, String> request = received.get(1);
		String body = request.get("body");
		assertThat(request.get("signature"))
			.isEqualTo("sha256=" + WebhookSender.sign(SECRET, request.get("timestamp"), body));
		assertThat(request.get("event")).isEqualTo("published");
		assertThat(body).contains("\"event\":\"published\"", "\"title\":\"" + published.getTitle() + "\"",
				"/reports/" + published.getReport().getId(), world.townshipA().getUnifiedCode(),
				"\"indexNumber\":\"" + published.getReport().getIndexNumber() + "\"");
		// Somebody who does not know the secret cannot make that signature.
		assertThat(request.get("signature"))
			.isNotEqualTo("sha256=" + WebhookSender.sign("another-secret-0123456789", request.get("timestamp"), body));

		this.mvc.perform(get("/admin/webhooks").with(user(world.admin())))
			.andExpect(content().string(containsString("已送达")))
			.andExpect(content().string(containsString("已尝试 2/2 次")));
	}

	@Test
	void aDeliveryGivenUpIsShownAsFailedAndTheAdminCanSendItAgain() throws Exception {
		answers.add(500);
		answers.add(500);
		Fixtures.World world = this.fixtures.world();
		this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2023);
		this.sender.sendDue();
		this.jdbc.update("update webhook_delivery set next_attempt_at = now() - interval '1 second'");
		this.sender.sendDue();
		assertThat(state()).isEqualTo("FAILED");
		this.mvc.perform(get("/admin/webhooks").with(user(world.admin())))
			.andExpect(content().string(containsString("推送失败")))
			.andExpect(content().string(containsString("HTTP 500")));
		Long id = this.jdbc.queryForObject("select id from webhook_delivery", Long.class);
		this.mvc.perform(post("/admin/webhooks/{id}/retry", id).with(user(world.admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/webhooks"));
		assertThat(this.sender.sendDue()).isEqualTo(1);
		assertThat(state()).isEqualTo("DELIVERED");
		assertThat(received).hasSize(3);
	}

	@Test
	void aWithdrawalIsPushedWithItsReason() throws Exception {
		Fixtures.World world = this.fixtures.world();
		ReportEdition published = this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2022);
		this.sender.sendDue();
		received.clear();
		String reason = "报告中含有未脱敏的当事人信息，撤回后重新公开。";
		this.mvc.perform(WorkflowRequests.withdraw(published.getId(),
				this.fixtures.reload(published.getId()).getVersion(), reason, world.reviewer()));
		assertThat(this.sender.sendDue()).isEqualTo(1);
		assertThat(received).singleElement().satisfies((request) -> {
			assertThat(request.get("event")).isEqualTo("withdrawn");
			assertThat(request.get("body")).contains("\"event\":\"withdrawn\"",
					"\"withdrawalReason\":\"" + reason + "\"");
		});
	}

	private String state() {
		return this.jdbc.queryForObject("select state from webhook_delivery order by id desc limit 1", String.class);
	}

	private static HttpServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/hook", (exchange) -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				received.add(Map.of("body", body, "signature",
						exchange.getRequestHeaders().getFirst(WebhookSender.SIGNATURE), "timestamp",
						exchange.getRequestHeaders().getFirst(WebhookSender.TIMESTAMP), "event",
						exchange.getRequestHeaders().getFirst(WebhookSender.EVENT)));
				Integer status = answers.poll();
				exchange.sendResponseHeaders((status != null) ? status : 200, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
