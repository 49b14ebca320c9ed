package org.fazhi.security;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.fazhi.account.CurrentUser;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Generated malformed input for every route and form, sent by someone allowed to use it:
 * each parameter the handler declares (request parameters, form record components, path
 * variables) gets wrong types, huge values, control characters, broken surrogates, path
 * tricks and markup, or goes missing. Nothing may answer 5xx, and a request that was
 * refused (anything but a redirect after success) must not have inserted anything.
 */
@PostgresIntegrationTest
class FuzzIntegrationTests {

	private static final int ROUNDS = 12;

	private static final List<String> HOSTILE = List.of("", " ", "-1", "0", "99999999999999999999", "1e309", "NaN",
			"abc", "true", "null", "[]", "{}", "2024-13-45", "9999-99-99T99:99", "<script>alert(1)</script>",
			"'; drop table report; --", "\u0000", "a\u0000b", "\uD800", "\uFFFF", "😀👍🏽", "%", "%zz",
			"../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "C:\\boot.ini", "x".repeat(10_000),
			"字".repeat(60_000), "MEASURES", "measures", "now", "later", "REFUSE", "CORRECT", "agencies", "users",
			"2147483647", "21474837", "107374183", "5000000", "-2147483648", "\uFFFE\uFFFF", "a\r\nb", "\uDFFF\uD800",
			"*", "bm90LWEtY3Vyc29y");

	/** List indexes no page of ours sends: beyond the bound, negative, not numbers. */
	private static final List<String> INDEX_TRICKS = List.of("256", "999", "99999999999", "-1", "abc", "", "1e3",
			"0x10");

	/** File names no browser sends from a real file. */
	private static final List<String> FILE_NAMES = List.of("../../etc/passwd", "a.docx", "..\\x.txt", "", "报告.txt",
			"a.pdf", "x".repeat(300), "报告\u0000.docx", "a\r\nb.docx", "\uFFFF.txt");

	private static final List<String> TABLES = List.of("report", "report_edition", "report_section", "app_user",
			"agency", "topic", "submission", "review_remark", "search_outbox");

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
	void malformedInputNeverAnswers5xxNorWritesHalfway() throws Exception {
		Map<String, AuthorizationMatrixTests.Entry> matrix = AuthorizationMatrixTests.matrix();
		Fixtures.World world = this.fixtures.world();
		Map<String, CurrentUser> people = Map.of("clerkA", world.clerkA(), "clerkB", world.clerkB(), "reviewer",
				world.reviewer(), "otherReviewer", world.otherReviewer(), "admin", world.admin());
		Map<String, String> values = AuthorizationMatrixTests.values(this.fixtures, this.jdbc, world);
		Random random = new Random(Long.getLong("fuzz.seed", 20261121L));
		List<String> failures = new ArrayList<>();
		int requests = 0;
		// In a fixed order, so that the same seed sends the same requests on every run.
		List<Map.Entry<RequestMappingInfo, HandlerMethod>> handlers = this.mappings.getHandlerMethods()
			.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<RequestMappingInfo, HandlerMethod> e) -> e.getKey().toString()))
			.toList();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : handlers) {
			HandlerMethod handler = mapping.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("org.fazhi")) {
				continue;
			}
			for (String route : AuthorizationMatrixTests.routes(mapping.getKey())) {
				AuthorizationMatrixTests.Entry entry = matrix.get(route);
				String persona = entry.expected()
					.entrySet()
					.stream()
					.filter((e) -> "ok".equals(e.getValue()) && !"anon".equals(e.getKey()))
					.map(Map.Entry::getKey)
					.findFirst()
					.orElse(null);
				CurrentUser as = (persona != null) ? people.get(persona) : null;
				Set<String> names = parameterNames(handler);
				for (int round = 0; round < ROUNDS; round++) {
					String url = entry.url().replaceAll("\\?.*$", "");
					for (Map.Entry<String, String> value : values.entrySet()) {
						url = url.replace("{" + value.getKey() + "}", value.getValue());
					}
					if (round % 4 == 3) {
						url = url.replaceAll("/\\d+(?=/|$)", "/" + pathTrick(random));
					}
					Map<String, Long> before = counts();
					MvcResult result = send(entry, url, as, names, random);
					requests++;
					int status = result.getResponse().getStatus();
					if (status >= 500) {
						failures.add(route + " " + url + " -> " + status + " "
								+ (result.getResolvedException() != null ? result.getResolvedException() : ""));
					}
					else if (status / 100 != 3 && !before.equals(counts())) {
						failures
							.add(route + " -> " + status + " but rows were inserted: " + before + " -> " + counts());
					}
				}
			}
		}
		assertThat(requests).isGreaterThan(500);
		assertThat(failures).isEmpty();
	}

	private MvcResult send(AuthorizationMatrixTests.Entry entry, String url, CurrentUser as, Set<String> names,
			Random random) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request;
		boolean multipart = entry.consumes() != null && entry.consumes().startsWith("multipart")
				|| url.endsWith("/import") || url.endsWith("/archive") || url.contains("/admin/bulk/");
		if (multipart && !"GET".equals(entry.method())) {
			MockMultipartHttpServletRequestBuilder upload = multipart(url);
			String filename = FILE_NAMES.get(random.nextInt(FILE_NAMES.size()));
			byte[] bytes = new byte[random.nextInt(4) * 700];
			random.nextBytes(bytes);
			upload.file(new MockMultipartFile(random.nextBoolean() ? "file" : "files", filename, null, bytes));
			request = upload;
		}
		else {
			request = request(HttpMethod.valueOf("ANY".equals(entry.method()) ? "GET" : entry.method()), url);
			if (entry.consumes() != null) {
				request.contentType(MediaType.parseMediaType(entry.consumes()))
					.content(List
						.of("{", "{\"reports\": [{\"text\": 5}]}", "\u0000", "x".repeat(5000), "[]", "null",
								"{\"reports\": [" + "{},".repeat(300) + "{}]}")
						.get(random.nextInt(7)));
			}
		}
		for (String name : names) {
			if (random.nextInt(5) > 0) {
				request.param(name, HOSTILE.get(random.nextInt(HOSTILE.size())));
			}
		}
		request.param("chunks[" + random.nextInt(100) + "].kind", HOSTILE.get(random.nextInt(HOSTILE.size())));
		// Indexed names with indexes no form sends, on every list the handler binds.
		for (String name : names) {
			if (name.endsWith("[0]") && random.nextBoolean()) {
				String trick = INDEX_TRICKS.get(random.nextInt(INDEX_TRICKS.size()));
				request.param(name.replace("[0]", "[" + trick + "]"), HOSTILE.get(random.nextInt(HOSTILE.size())));
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

	private static String pathTrick(Random random) {
		return List.of("-1", "0", "99999999999999999999", "abc", "1.5", "%2e%2e", "null", "1%00")
			.get(random.nextInt(8));
	}

	/**
	 * Names the handler reads: request parameters, path variables and the components of
	 * form records (with their nested list elements, e.g. {@code chunks[0].kind}).
	 */
	private static Set<String> parameterNames(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (Parameter parameter : handler.getMethod().getParameters()) {
			RequestParam requestParam = parameter.getAnnotation(RequestParam.class);
			if (requestParam != null) {
				names.add(!requestParam.name().isEmpty() ? requestParam.name() : requestParam.value());
			}
			else if (parameter.getType().isRecord() && parameter.getAnnotation(PathVariable.class) == null) {
				for (RecordComponent component : parameter.getType().getRecordComponents()) {
					names.add(component.getName());
					if (List.class.isAssignableFrom(component.getType())) {
						names.add(component.getName() + "[0]");
						names.add(component.getName() + "[0].kind");
						names.add(component.getName() + "[0].heading");
						names.add(component.getName() + "[0].body");
					}
				}
			}
		}
		names.remove("");
		return names;
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

}
