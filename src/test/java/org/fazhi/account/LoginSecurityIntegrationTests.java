package org.fazhi.account;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.fazhi.audit.AuditEvent;
import org.fazhi.audit.AuditEventRepository;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in defences on real PostgreSQL: lockout, per-address limits, generic answers,
 * audit of every attempt, password rules, admin reset and disable.
 */
@PostgresIntegrationTest
class LoginSecurityIntegrationTests {

	private static final AtomicInteger addresses = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditEventRepository audit;

	Fixtures.World world;

	// Each test signs in from its own address, so the per-address limit of one test does
	// not spill into another.
	String address;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
		this.address = "10.9." + (addresses.get() / 250) + "." + (addresses.getAndIncrement() % 250 + 1);
	}

	@Test
	void fiveFailuresLockTheAccountAndTheRightPasswordIsThenRefusedToo() throws Exception {
		String username = this.world.clerkA().getUsername();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(login(username, "wrong-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(login(username, Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login").param("locked", "")).andExpect(content().string(containsString("登录尝试过多")));
		assertThat(this.audit.findByActorOrderByIdAsc(username)).extracting(AuditEvent::getAction)
			.containsExactly("LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE",
					"LOGIN_BLOCKED");
		assertThat(this.audit.findByActorOrderByIdAsc(username).get(0).getDetail()).startsWith(this.address);
		// HTTP Basic obeys the same lock.
		this.mvc
			.perform(post("/api/v1/imports/parse").contentType("text/plain")
				.content("x")
				.with(httpBasic(username, Fixtures.PASSWORD))
				.with(from(this.address)))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void anUnknownAccountIsAnsweredExactlyLikeAKnownOne() throws Exception {
		String known = this.world.clerkB().getUsername();
		String unknown = "nobody-" + known;
		for (String username : new String[] { known, unknown }) {
			for (int i = 0; i < 5; i++) {
				this.mvc.perform(login(username, "wrong")).andExpect(redirectedUrl("/login?error"));
			}
			this.mvc.perform(login(username, "wrong")).andExpect(redirectedUrl("/login?locked"));
		}
	}

	@Test
	void oneAddressCannotTryManyAccounts() throws Exception {
		for (int i = 0; i < 30; i++) {
			this.mvc.perform(login("guess-" + i, "wrong")).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(login(this.world.admin().getUsername(), Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void successIsAuditedTheSessionIdChangesAndLogoutEndsTheSession() throws Exception {
		String username = this.world.reviewer().getUsername();
		Cookie before = this.mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();
		Cookie after = this.mvc
			.perform(post("/login").param("username", username)
				.param("password", Fixtures.PASSWORD)
				.cookie(before)
				.with(csrf())
				.with(from(this.address)))
			.andExpect(redirectedUrl("/workspace"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		this.mvc.perform(get("/review").cookie(after)).andExpect(status().isOk());
		this.mvc.perform(post("/logout").cookie(after).with(csrf())).andExpect(redirectedUrl("/login?loggedOut"));
		this.mvc.perform(get("/review").cookie(after)).andExpect(redirectedUrl("/login"));
		assertThat(this.audit.findByActorOrderByIdAsc(username)).extracting(AuditEvent::getAction)
			.containsExactly("LOGIN_SUCCESS", "LOGOUT");
	}

	@Test
	void passwordChangeFollowsTheRules() throws Exception {
		CurrentUser clerk = this.world.clerkA();
		this.mvc
			.perform(post("/account/password").param("currentPassword", "wrong")
				.param("newPassword", "a-much-better-secret")
				.param("confirmPassword", "a-much-better-secret")
				.with(user(clerk))
				.with(csrf()))
			.andExpect(content().string(containsString("当前密码不正确")));
		this.mvc
			.perform(post("/account/password").param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "short")
				.param("confirmPassword", "short")
				.with(user(clerk))
				.with(csrf()))
			.andExpect(content().string(containsString("至少需要 10 个字符")));
		this.mvc
			.perform(post("/account/password").param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "x" + clerk.getUsername() + "x")
				.param("confirmPassword", "x" + clerk.getUsername() + "x")
				.with(user(clerk))
				.with(csrf()))
			.andExpect(content().string(containsString("不能包含用户名")));
		this.mvc
			.perform(post("/account/password").param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "Password123")
				.param("confirmPassword", "Password123")
				.with(user(clerk))
				.with(csrf()))
			.andExpect(content().string(containsString("太常见")));
		this.mvc
			.perform(post("/account/password").param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "a-much-better-secret")
				.param("confirmPassword", "a-much-better-secret")
				.with(user(clerk))
				.with(csrf()))
			.andExpect(redirectedUrl("/workspace"));
		this.mvc.perform(login(clerk.getUsername(), "a-much-better-secret")).andExpect(redirectedUrl("/workspace"));
	}

	@Test
	void adminResetsAPasswordAndDisablesAnAccount() throws Exception {
		CurrentUser clerk = this.world.clerkB();
		String page = this.mvc
			.perform(post("/admin/users/" + clerk.id() + "/password").with(user(this.world.admin())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String password = page.replaceAll("(?s).*<code>([^<]+)</code>.*", "$1");
		this.mvc.perform(login(clerk.getUsername(), password)).andExpect(redirectedUrl("/workspace"));
		this.mvc
			.perform(post("/admin/users/" + clerk.id() + "/enabled").param("enabled", "false")
				.with(user(this.world.admin()))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		// Disabled: the same generic answer as a wrong password.
		this.mvc.perform(login(clerk.getUsername(), password)).andExpect(redirectedUrl("/login?error"));
		this.mvc
			.perform(post("/admin/users/" + this.world.admin().id() + "/enabled").param("enabled", "false")
				.with(user(this.world.admin()))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(get("/admin/users").with(user(this.world.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(clerk.getUsername())));
		this.mvc.perform(get("/admin/users").with(user(this.world.reviewer()))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users/999999999/password").with(user(this.world.admin())).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder login(String username, String password) {
		return post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(this.address));
	}

	private static RequestPostProcessor from(String address) {
		return (MockHttpServletRequest request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
