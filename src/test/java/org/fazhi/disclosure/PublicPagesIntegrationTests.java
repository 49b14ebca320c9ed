package org.fazhi.disclosure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.report.ReportEdition;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What anonymous visitors can and cannot see.
 */
@PostgresIntegrationTest
class PublicPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void anonymousVisitorsSeeNoUnpublishedReport() throws Exception {
		Fixtures.World world = this.fixtures.world();
		ReportEdition draft = this.fixtures.completeDraft(world.townshipA(), world.clerkA(), 2025);
		ReportEdition submitted = this.fixtures.submitted(world.townshipB(), world.clerkB(), 2025);
		for (ReportEdition edition : new ReportEdition[] { draft, submitted }) {
			this.mvc.perform(get("/reports/{id}", edition.getReport().getId()))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString(edition.getTitle()))));
		}
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(draft.getTitle()))));
		this.mvc.perform(get("/search").param("q", world.townshipA().getFullName()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共找到 0 份报告")));
	}

	@Test
	void assetsAreContentHashedAndCachedForAYearWhilePageLinksStayPlain() throws Exception {
		String home = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		Matcher stylesheet = Pattern.compile("href=\"(/assets/css/fazhi-[0-9a-f]{32}\\.css)\"").matcher(home);
		assertThat(stylesheet.find()).as("content-hashed stylesheet link in %s", home).isTrue();
		this.mvc.perform(get(stylesheet.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/css"))
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
		// Only /assets/** goes through the resource chain; page links are written as they
		// are.
		assertThat(home).contains("href=\"/search\"", "href=\"/browse\"");
		this.mvc.perform(get("/assets/css/nothing-here.css")).andExpect(status().isNotFound());
	}

	@Test
	void mangledUrlsAnswerClearErrorsNot500() throws Exception {
		this.mvc.perform(get("/reports/abc")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/reports/99999999999")).andExpect(status().isNotFound());
		this.mvc.perform(get("/search").param("q", "\"(*").param("page", "x")).andExpect(status().isOk());
		this.mvc.perform(get("/search").param("q", "法".repeat(5000)).param("page", "-5")).andExpect(status().isOk());
	}

	@Test
	void pagesDeclareChineseAndSecurityHeaders() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("<html lang=\"zh-CN\"")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
		this.mvc.perform(get("/").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
	}

	@Test
	void healthIsPublicAndOtherActuatorEndpointsAreNot() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UP")));
		// Not exposed at all, and anything under /actuator other than health needs an
		// admin.
		this.mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
	}

}
