package org.fazhi.admin;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.fazhi.account.UserAccount;
import org.fazhi.account.UserAccountRepository;
import org.fazhi.agency.AgencyDirectory;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agencies and users in bulk: all or nothing, errors by line, passwords shown once.
 */
@PostgresIntegrationTest
class BulkIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	@Test
	void agenciesAreCreatedParentsFirstWhateverTheLineOrder() throws Exception {
		String province = Fixtures.code();
		String county = Fixtures.code();
		String township = Fixtures.code();
		String csv = """
				code,full_name,short_name,level,parent_code
				%s,新建县新镇人民政府,新镇,乡镇,%s
				%s,新建县人民政府,新建县,COUNTY,%s
				%s,新建省人民政府,新建省,省,
				""".formatted(township, county, county, province, province);
		this.mvc
			.perform(multipart("/admin/bulk/agencies").param("text", csv).with(user(this.world.admin())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		AgencyDirectory.Node created = this.directory.byCode(township).orElseThrow();
		assertThat(created.level()).isEqualTo(AgencyLevel.TOWNSHIP);
		assertThat(this.directory.path(created.id())).extracting(AgencyDirectory.Node::code)
			.containsExactly(province, county, township);
		// Each audited as the admin's form for one agency is.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'AGENCY_CREATED' and detail in (?, ?, ?)",
				Integer.class, "code=" + province + " level=PROVINCE", "code=" + county + " level=COUNTY",
				"code=" + township + " level=TOWNSHIP"))
			.isEqualTo(3);
	}

	@Test
	void oneBadLineImportsNothingAndEveryProblemIsListedByLine() throws Exception {
		String good = Fixtures.code();
		String csv = """
				code,full_name,short_name,level,parent_code
				%s,好镇人民政府,好镇,TOWNSHIP,%s
				NOT-A-CODE,坏镇人民政府,坏镇,TOWNSHIP,%s
				%s,重复镇人民政府,重复镇,TOWNSHIP,%s
				%s,无上级镇,无上级镇,TOWNSHIP,
				""".formatted(good, this.world.county().getUnifiedCode(), this.world.county().getUnifiedCode(), good,
				this.world.county().getUnifiedCode(), Fixtures.code());
		this.mvc
			.perform(multipart("/admin/bulk/agencies").param("text", csv).with(user(this.world.admin())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有导入任何内容")))
			.andExpect(content().string(containsString("第 3 行：“NOT-A-CODE”不是 18 位统一社会信用代码。")))
			.andExpect(content().string(containsString("第 4 行：代码 " + good + " 与第 2 行重复。")))
			.andExpect(content().string(containsString("第 5 行：除省级外，必须填写上级机构代码。")))
			// What was typed stays in the form.
			.andExpect(content().string(containsString("好镇人民政府")));
		assertThat(this.agencies.findByUnifiedCode(good)).isEmpty();
	}

	@Test
	void usersGetPasswordsShownOnceAndStoredOnlyAsHashes() throws Exception {
		String tag = Long.toString(System.nanoTime(), 36);
		String csv = """
				用户名,姓名,角色,机构代码,密码
				clerk-%s,张三,填报员,%s,
				reviewer-%s,李四,REVIEWER,%s,Qy7-long-passphrase
				""".formatted(tag, this.world.townshipA().getUnifiedCode(), tag, this.world.county().getUnifiedCode());
		byte[] gbk = csv.getBytes(Charset.forName("GB18030"));
		MvcResult result = this.mvc
			.perform(multipart("/admin/bulk/users").file(new MockMultipartFile("file", "users.csv", "text/csv", gbk))
				.with(user(this.world.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("已创建 2 个用户")))
			.andReturn();
		String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		UserAccount clerk = this.accounts.findByUsername("clerk-" + tag).orElseThrow();
		String shown = page.replaceAll("(?s).*<code>([^<]+)</code>.*", "$1");
		assertThat(shown).hasSize(14);
		assertThat(this.encoder.matches(shown, hash("clerk-" + tag))).isTrue();
		assertThat(clerk.getAgency().getId()).isEqualTo(this.world.townshipA().getId());
		assertThat(this.encoder.matches("Qy7-long-passphrase", hash("reviewer-" + tag))).isTrue();
		assertThat(page).doesNotContain("Qy7-long-passphrase");
		// Created the way the admin's form creates one account: audited, and to be
		// changed by its owner at first sign-in.
		assertThat(clerk.isMustChangePassword()).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'ACCOUNT_CREATED' and detail like ?", Integer.class,
				"user=clerk-" + tag + " %"))
			.isEqualTo(1);
	}

	@Test
	void wrongRolesAgenciesAndWeakPasswordsAreRefused() throws Exception {
		String csv = """
				username,display_name,role,agency_code,password
				Bad Name,某人,CLERK,%s,
				someone,某人,CLERK,%s,
				other,某人,ADMIN,,password123
				""".formatted(this.world.townshipA().getUnifiedCode(), this.world.county().getUnifiedCode());
		this.mvc.perform(multipart("/admin/bulk/users").param("text", csv).with(user(this.world.admin())).with(csrf()))
			.andExpect(status().isOk())
			// The same rules, in the same words, as the admin's form for one user.
			.andExpect(content().string(containsString("第 2 行：用户名只能使用小写英文字母")))
			.andExpect(content().string(containsString("第 3 行：填报员应属于乡镇（街道）")))
			.andExpect(content().string(containsString("第 4 行：这个密码太常见")));
		assertThat(this.accounts.findByUsername("someone")).isEmpty();
	}

	@Test
	void onlyAdminsMayUploadInBulk() throws Exception {
		this.mvc.perform(get("/admin/bulk").with(user(this.world.reviewer()))).andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/admin/bulk/users").param("text", "username\nx")
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	private String hash(String username) {
		return this.jdbc.queryForObject("select password_hash from app_user where username = ?", String.class,
				username);
	}

}
