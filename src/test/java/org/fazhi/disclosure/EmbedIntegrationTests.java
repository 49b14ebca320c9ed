package org.fazhi.disclosure;

import java.util.List;

import org.fazhi.report.ReportEdition;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.fazhi.system.EmbedSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The county portal's 信息公开 column: the embed page lists a region's reports compactly and
 * only the configured portal may frame it; every other page may be framed by no one.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "fazhi.embed.allowed-origins=https://www.portal.example,http://intranet.example:8080")
class EmbedIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void onlyTheConfiguredPortalMayFrameTheColumnAndNothingElse() throws Exception {
		Fixtures.World world = this.fixtures.world();
		ReportEdition published = this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), 2024);
		this.mvc.perform(get("/embed/reports").param("region", world.county().getUnifiedCode()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					containsString("frame-ancestors 'self' https://www.portal.example http://intranet.example:8080")))
			.andExpect(header().doesNotExist("X-Frame-Options"))
			.andExpect(content().string(containsString(published.getTitle())))
			.andExpect(content().string(containsString("/reports/" + published.getReport().getId())))
			.andExpect(content().string(containsString("<base target=\"_top\">")))
			.andExpect(content().string(not(containsString("site-footer"))));
		this.mvc.perform(get("/reports/{id}", published.getReport().getId()))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"));
		this.mvc.perform(get("/embed/reports").param("region", "NOSUCH")).andExpect(status().isNotFound());
		this.mvc.perform(get("/embed/reports").param("region", world.county().getUnifiedCode()).param("page", "999"))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void anOriginThatIsNotOneIsRefusedAtStart() {
		for (String wrong : List.of("*", "https://portal.example/path", "portal.example", "javascript:alert(1)",
				"https://portal.example; script-src *")) {
			assertThatIllegalArgumentException().isThrownBy(() -> new EmbedSettings(List.of(wrong)));
		}
	}

}
