package org.fazhi.disclosure;

import org.fazhi.report.ReportEdition;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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
