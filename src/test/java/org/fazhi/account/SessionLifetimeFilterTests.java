package org.fazhi.account;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class SessionLifetimeFilterTests {

	@Test
	void aSessionOlderThanTheAbsoluteTimeoutIsEndedHoweverActive() throws Exception {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/filing");
		request.setSession(session);
		new SessionLifetimeFilter(Duration.ofHours(8), Clock.offset(Clock.systemUTC(), Duration.ofHours(9)))
			.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aYoungerSessionIsKept() throws Exception {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/filing");
		request.setSession(session);
		new SessionLifetimeFilter(Duration.ofHours(8), Clock.offset(Clock.systemUTC(), Duration.ofHours(7)))
			.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
		assertThat(session.isInvalid()).isFalse();
	}

}
