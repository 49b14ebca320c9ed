package org.fazhi.disclosure;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import org.fazhi.report.ReportEdition;
import org.fazhi.support.Fixtures;
import org.fazhi.support.Indexing;
import org.fazhi.support.PostgresIntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rendered public pages answered from memory: the second reader of a report page costs no
 * database work and still counts as a view, a 304 still answers a reader who has it, a
 * signed-in user never gets a copy, and a publication shows on the home page once the
 * outbox has told this instance.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "fazhi.disclosure.page-cache=60s")
class PageCacheIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ViewCounter views;

	@Autowired
	RenderedPageCache cache;

	@Test
	void aSecondReaderGetsTheCopyAndIsStillCounted() throws Exception {
		this.cache.clear();
		Fixtures.World world = this.fixtures.world();
		ReportEdition published = this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2024);
		Long id = published.getReport().getId();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		long before = this.views.pending(id);
		MvcResult first = this.mvc.perform(get("/reports/{id}", id)).andExpect(status().isOk()).andReturn();
		String etag = first.getResponse().getHeader("ETag");
		statistics.clear();
		// Another reader, from another address.
		this.mvc.perform(get("/reports/{id}", id).with((request) -> {
			request.setRemoteAddr("198.51.100.20");
			return request;
		}))
			.andExpect(status().isOk())
			.andExpect(content().string(first.getResponse().getContentAsString()))
			.andExpect(header().string("Content-Security-Policy",
					first.getResponse().getHeader("Content-Security-Policy")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("ETag", etag));
		assertThat(statistics.getPrepareStatementCount()).as("statements for a copy").isZero();
		assertThat(this.views.pending(id)).isEqualTo(before + 2);
		this.mvc.perform(get("/reports/{id}", id).header("If-None-Match", etag)).andExpect(status().isNotModified());
		assertThat(this.views.pending(id)).isEqualTo(before + 2);

		// Each reading preference has its own copy.
		this.mvc.perform(get("/reports/{id}", id).cookie(new Cookie("fz_care", "on")))
			.andExpect(content().string(containsString("退出适老模式")));
		// A signed-in user's pages are theirs: never a copy.
		statistics.clear();
		this.mvc.perform(get("/reports/{id}", id).cookie(new Cookie("SESSION", "someone"))).andExpect(status().isOk());
		assertThat(statistics.getPrepareStatementCount()).as("statements with a session").isPositive();
	}

	@Test
	void aPublicationShowsOnTheHomePageOnceTheOutboxHasToldThisInstance() throws Exception {
		this.cache.clear();
		Fixtures.World world = this.fixtures.world();
		this.mvc.perform(get("/")).andExpect(status().isOk());
		ReportEdition published = this.fixtures.published(world.townshipB(), world.clerkB(), world.reviewer(), 2022);
		Indexing.eventually(() -> this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("/reports/" + published.getReport().getId()))));
	}

}
