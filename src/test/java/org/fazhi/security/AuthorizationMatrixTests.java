package org.fazhi.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.fazhi.account.CurrentUser;
import org.fazhi.report.ReportEdition;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may do what, proven for every route the application serves: the route table is read
 * from Spring MVC itself and every route is requested as six people (a stranger, the
 * clerks of townships A and B, the reviewer of A's county, a reviewer of another county,
 * an admin) against objects that belong to township A. The expected outcome of each is
 * written in {@code security/route-matrix.txt}; a route missing from the file fails the
 * build, as does any answer other than the one written there, and any 5xx.
 */
@PostgresIntegrationTest
class AuthorizationMatrixTests {

	static final List<String> PERSONAS = List.of("anon", "clerkA", "clerkB", "reviewer", "otherReviewer", "admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyRouteAnswersEveryoneAsTheMatrixSays() throws Exception {
		Map<String, Entry> matrix = matrix();
		Set<String> routes = routes(this.mappings);
		Set<String> unlisted = new TreeSet<>(routes);
		unlisted.removeAll(matrix.keySet());
		Set<String> stale = new TreeSet<>(matrix.keySet());
		stale.removeAll(routes);
		assertThat(unlisted).as("routes without an entry in security/route-matrix.txt").isEmpty();
		assertThat(stale).as("entries in security/route-matrix.txt for routes that no longer exist").isEmpty();

		Fixtures.World world = this.fixtures.world();
		Map<String, String> values = values(this.fixtures, this.jdbc, world);
		Map<String, CurrentUser> people = new LinkedHashMap<>();
		people.put("clerkA", world.clerkA());
		people.put("clerkB", world.clerkB());
		people.put("reviewer", world.reviewer());
		people.put("otherReviewer", world.otherReviewer());
		people.put("admin", world.admin());

		List<String> wrong = new ArrayList<>();
		for (Entry entry : matrix.values()) {
			String url = entry.url();
			for (Map.Entry<String, String> value : values.entrySet()) {
				url = url.replace("{" + value.getKey() + "}", value.getValue());
			}
			// Refused people first, so that what an allowed one does cannot hide a
			// refusal.
			for (String persona : entry.orderedPersonas()) {
				String expected = entry.expected().get(persona);
				String actual = classify(send(entry, url, people.get(persona)));
				if (!expected.equals(actual)) {
					wrong.add(entry.key() + " as " + persona + ": expected " + expected + ", got " + actual);
				}
			}
		}
		assertThat(wrong).as("answers that differ from security/route-matrix.txt").isEmpty();
	}

	private MvcResult send(Entry entry, String url, CurrentUser as) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request;
		if (entry.consumes() != null && entry.consumes().startsWith("multipart")) {
			request = multipart(url);
		}
		else {
			request = request(HttpMethod.valueOf("ANY".equals(entry.method()) ? "GET" : entry.method()), url);
			if (entry.consumes() != null) {
				request.contentType(MediaType.parseMediaType(entry.consumes())).content("{}");
			}
		}
		if (!"GET".equals(entry.method())) {
			request.with(csrf());
		}
		if (as != null) {
			request.with(user(as));
		}
		return this.mvc.perform(request).andReturn();
	}

	static String classify(MvcResult result) {
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		if (status == 401 || (status / 100 == 3 && location != null
				&& (location.endsWith("/login") || location.contains("/login?")))) {
			return "login";
		}
		if (status == 403 || status == 404 || status >= 500) {
			return Integer.toString(status);
		}
		return "ok";
	}

	/**
	 * Objects of township A in every state a route may need, and ids of the things admin
	 * routes act on.
	 */
	static Map<String, String> values(Fixtures fixtures, JdbcTemplate jdbc, Fixtures.World world) {
		ReportEdition draft = fixtures.completeDraft(world.townshipA(), world.clerkA(), 2021);
		ReportEdition submitted = fixtures.submitted(world.townshipA(), world.clerkA(), 2022);
		ReportEdition published = fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2023);
		ReportEdition discardable = fixtures.completeDraft(world.townshipA(), world.clerkA(), 2020);
		ReportEdition returned = fixtures.returned(world.townshipA(), world.clerkA(), world.reviewer(), 2019, "请修改。",
				"请补充原因。");
		Long remark = jdbc.queryForObject("select min(id) from review_remark where edition_id = ?", Long.class,
				returned.getId());
		Long topic = jdbc.queryForObject("select min(id) from topic", Long.class);
		Long notification = jdbc.queryForObject(
				"insert into notification (recipient, kind, created_at) values (?, 'PUBLISHED', now()) returning id",
				Long.class, world.clerkA().getUsername());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("draftA", draft.getId().toString());
		values.put("submittedA", submitted.getId().toString());
		values.put("publishedA", published.getId().toString());
		values.put("reportA", published.getReport().getId().toString());
		values.put("yearA", Integer.toString(published.getReport().getYear()));
		values.put("attachmentDraftA", attachment(jdbc, draft.getId()));
		values.put("attachmentSubmittedA", attachment(jdbc, submitted.getId()));
		values.put("attachmentPublishedA", attachment(jdbc, published.getId()));
		values.put("discardA", discardable.getId().toString());
		values.put("returnedA", returned.getId().toString());
		values.put("remarkA", remark.toString());
		values.put("codeA", world.townshipA().getUnifiedCode());
		values.put("topic", topic.toString());
		// Its own entry, which the admin's delete may remove without touching the list
		// other tests check against.
		values.put("formulation", jdbc.queryForObject(
				"insert into formulation (wrong_form, right_form, updated_by, updated_at) values (?, ?, 'admin', now()) returning id",
				Long.class, "授权矩阵错误写法" + System.nanoTime(), "授权矩阵正确写法")
			.toString());
		values.put("notificationA", notification.toString());
		values.put("webhook", jdbc.queryForObject(
				"insert into webhook_delivery (receiver, event, report_id, payload, state, attempts, next_attempt_at, created_at) "
						+ "values ('https://cms.example/hook', 'published', ?, '{}', 'FAILED', 8, now(), now()) returning id",
				Long.class, published.getReport().getId())
			.toString());
		values.put("feedbackA", jdbc.queryForObject(
				"insert into site_error_report (page, description, county_id, state, created_at) values (?, ?, ?, 'NEW', now()) returning id",
				Long.class, "/reports/" + published.getReport().getId(), "第二段有错别字。", world.county().getId())
			.toString());
		values.put("userB", world.clerkB().id().toString());
		return values;
	}

	/**
	 * Every application route as "METHOD /pattern" (plus " [media type]" when a route is
	 * split by what it consumes); Spring's own error controller is not ours to list.
	 */
	static Set<String> routes(RequestMappingHandlerMapping mappings) {
		Set<String> routes = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("org.fazhi")) {
				routes.addAll(routes(info));
			}
		});
		return routes;
	}

	/**
	 * The routes one mapping serves.
	 */
	static Set<String> routes(RequestMappingInfo info) {
		Set<String> routes = new TreeSet<>();
		Set<String> consumes = info.getConsumesCondition()
			.getConsumableMediaTypes()
			.stream()
			.map(MediaType::toString)
			.collect(Collectors.toSet());
		for (String pattern : info.getPatternValues()) {
			if (info.getMethodsCondition().getMethods().isEmpty()) {
				// A route taking any method (the error page): listed, and tried with GET.
				routes.add("ANY " + pattern);
			}
			for (var method : info.getMethodsCondition().getMethods()) {
				if (consumes.isEmpty()) {
					routes.add(method.name() + " " + pattern);
				}
				else {
					consumes.forEach((type) -> routes.add(method.name() + " " + pattern + " [" + type + "]"));
				}
			}
		}
		return routes;
	}

	static Map<String, Entry> matrix() throws IOException {
		Map<String, Entry> entries = new LinkedHashMap<>();
		try (InputStream in = AuthorizationMatrixTests.class.getResourceAsStream("/security/route-matrix.txt")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				Entry entry = Entry.parse(line);
				assertThat(entries.put(entry.key(), entry)).as("listed twice: " + entry.key()).isNull();
			}
		}
		return entries;
	}

	/**
	 * One line of the matrix: {@code METHOD /pattern [type] -> /url : outcome ×6}.
	 */
	record Entry(String key, String method, String consumes, String url, Map<String, String> expected) {

		static Entry parse(String line) {
			String[] route = line.split("->", 2);
			String[] target = route[1].split(":", 2);
			String key = route[0].strip().replaceAll("\\s+", " ");
			String method = key.substring(0, key.indexOf(' '));
			String consumes = key.contains("[") ? key.substring(key.indexOf('[') + 1, key.indexOf(']')) : null;
			String[] outcomes = target[1].strip().split("\\s+");
			assertThat(outcomes).as(line).hasSize(PERSONAS.size());
			Map<String, String> expected = new LinkedHashMap<>();
			for (int i = 0; i < outcomes.length; i++) {
				assertThat(outcomes[i]).as(line).isIn("ok", "login", "403", "404");
				expected.put(PERSONAS.get(i), outcomes[i]);
			}
			return new Entry(key, method, consumes, target[0].strip(), expected);
		}

		List<String> orderedPersonas() {
			List<String> ordered = new ArrayList<>();
			this.expected.forEach((persona, outcome) -> {
				if (!"ok".equals(outcome)) {
					ordered.add(persona);
				}
			});
			this.expected.forEach((persona, outcome) -> {
				if ("ok".equals(outcome)) {
					ordered.add(persona);
				}
			});
			return ordered;
		}

	}

	/** A small PDF attached to the edition, straight into the tables. */
	private static String attachment(JdbcTemplate jdbc, Long editionId) {
		Long id = jdbc.queryForObject(
				"insert into edition_attachment (edition_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at) "
						+ "values (?, 'scan.pdf', 'application/pdf', 9, 'x', 'admin', now()) returning id",
				Long.class, editionId);
		jdbc.update("insert into attachment_content (attachment_id, content) values (?, ?)", id,
				"%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
		return id.toString();
	}

}
