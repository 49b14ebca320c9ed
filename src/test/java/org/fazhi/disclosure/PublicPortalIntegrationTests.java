package org.fazhi.disclosure;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import org.fazhi.report.ReportEdition;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.fazhi.system.SiteVersion;
import org.fazhi.topic.TopicRepository;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public portal on real PostgreSQL: browsing by region, year and topic, township
 * pages, conditional requests, buffered view counts, feeds, the sitemap, the open-data
 * API and reading preferences.
 */
@PostgresIntegrationTest
class PublicPortalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ViewCounter views;

	@Autowired
	SiteVersion site;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TopicRepository topics;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Fixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	@Test
	void browsingARegionIncludesEverythingBelowItAndCombinesWithYearAndTopic() throws Exception {
		ReportEdition a2024 = this.fixtures.published(this.world.townshipA(), this.world.clerkA(),
				this.world.reviewer(), 2024);
		ReportEdition b2025 = this.fixtures.published(this.world.townshipB(), this.world.clerkB(),
				this.world.reviewer(), 2025);
		ReportEdition c2025 = this.fixtures.published(this.world.townshipC(), this.world.clerkA(),
				this.world.otherReviewer(), 2025);
		String county = this.world.county().getUnifiedCode();
		this.mvc.perform(get("/browse").param("region", county))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(link(a2024))))
			.andExpect(content().string(containsString(link(b2025))))
			.andExpect(content().string(not(containsString(link(c2025)))))
			.andExpect(content().string(containsString("共 2 份报告")));
		this.mvc.perform(get("/browse").param("region", county).param("year", "2025"))
			.andExpect(content().string(not(containsString(link(a2024)))))
			.andExpect(content().string(containsString(link(b2025))));
		this.mvc.perform(get("/browse").param("region", this.world.townshipA().getUnifiedCode()))
			.andExpect(content().string(containsString("共 1 份报告")));
		this.mvc.perform(get("/browse").param("region", county).param("topic", "999999"))
			.andExpect(content().string(containsString("共 0 份报告")));
		this.mvc.perform(get("/browse").param("region", "NOSUCHCODE")).andExpect(status().isNotFound());
		this.mvc.perform(get("/browse").param("year", "abc").param("page", "-3").param("topic", "x"))
			.andExpect(status().isOk());
	}

	@Test
	void browsingByTopicFindsTheReportsTaggedWithIt() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2023);
		Long topic = this.topics.findByName("行政执法").orElseThrow().getId();
		this.jdbc.update("insert into edition_topic (edition_id, topic_id) values (?, ?)", draft.getId(), topic);
		this.fixtures.submitted(this.world.townshipB(), this.world.clerkB(), 2023);
		ReportEdition published = this.fixtures.publish(draft, this.world.reviewer());
		this.mvc
			.perform(get("/browse").param("region", this.world.county().getUnifiedCode())
				.param("topic", topic.toString()))
			.andExpect(content().string(containsString(link(published))))
			.andExpect(content().string(containsString("共 1 份报告")));
		this.mvc.perform(get("/reports/{id}", published.getReport().getId()))
			.andExpect(content().string(containsString("行政执法")));
	}

	@Test
	void aTownshipPageShowsItsYearsAndLastYearsPromisesBesideThisYearsResults() throws Exception {
		this.fixtures.published(this.world.townshipA(), this.world.clerkA(), this.world.reviewer(), 2023);
		this.fixtures.published(this.world.townshipA(), this.world.clerkA(), this.world.reviewer(), 2024);
		this.mvc.perform(get("/agencies/{code}", this.world.townshipA().getUnifiedCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2023 年安排与 2024 年落实")))
			.andExpect(content().string(containsString("2024年将加强执法人员培训")))
			.andExpect(content().string(containsString("2024年，本镇严格落实行政执法三项制度")));
		this.mvc.perform(get("/agencies/{code}", this.world.county().getUnifiedCode()))
			.andExpect(redirectedUrl("/browse?region=" + this.world.county().getUnifiedCode()));
		this.mvc.perform(get("/agencies/NOSUCH")).andExpect(status().isNotFound());
	}

	@Test
	void publishedPagesAnswerConditionalRequestsWith304() throws Exception {
		ReportEdition published = this.fixtures.published(this.world.townshipA(), this.world.clerkA(),
				this.world.reviewer(), 2024);
		MvcResult first = this.mvc.perform(get("/reports/{id}", published.getReport().getId()))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andExpect(header().exists("Last-Modified"))
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andReturn();
		String etag = first.getResponse().getHeader("ETag");
		this.mvc.perform(get("/reports/{id}", published.getReport().getId()).header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		// A page kept from before a deploy that changed templates or assets is sent
		// again.
		assertThat(etag).endsWith("-" + this.site.token() + "\"");
		String beforeDeploy = etag.replace(this.site.token(), "000000000000");
		this.mvc.perform(get("/reports/{id}", published.getReport().getId()).header("If-None-Match", beforeDeploy))
			.andExpect(status().isOk());
		// Another text size is another page.
		this.mvc
			.perform(get("/reports/{id}", published.getReport().getId()).header("If-None-Match", etag)
				.cookie(new Cookie("fz_size", "large")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/reports/{id}", published.getReport().getId()).header("If-Modified-Since",
				first.getResponse().getHeader("Last-Modified")))
			.andExpect(status().isNotModified());
	}

	@Test
	void viewsAreCountedInMemoryAndWrittenInBatches() throws Exception {
		ReportEdition published = this.fixtures.published(this.world.townshipA(), this.world.clerkA(),
				this.world.reviewer(), 2024);
		Long reportId = published.getReport().getId();
		this.views.flush();
		// Six readers (a reader is counted once a day, however often they reload).
		for (int i = 0; i < 5; i++) {
			String address = "192.0.2." + i;
			this.mvc.perform(get("/reports/{id}", reportId).with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})).andExpect(status().isOk());
		}
		assertThat(viewCount(reportId)).isZero();
		this.mvc.perform(get("/reports/{id}", reportId).with((request) -> {
			request.setRemoteAddr("192.0.2.99");
			return request;
		})).andExpect(content().string(containsString("<dd>6</dd>")));
		this.views.flush();
		assertThat(viewCount(reportId)).isEqualTo(6);
		this.views.flush();
		assertThat(viewCount(reportId)).isEqualTo(6);
	}

	@Test
	void listPagesCostTheSameNumberOfQueriesHoweverManyReportsTheyShow() throws Exception {
		String county = this.world.county().getUnifiedCode();
		this.fixtures.published(this.world.townshipA(), this.world.clerkA(), this.world.reviewer(), 2020);
		long few = statementsFor("/browse?region=" + county);
		long apiFew = statementsFor("/api/v1/reports?region=" + county);
		for (int year = 2010; year < 2018; year++) {
			this.fixtures.published(this.world.townshipB(), this.world.clerkB(), this.world.reviewer(), year);
		}
		assertThat(statementsFor("/browse?region=" + county)).isEqualTo(few);
		assertThat(statementsFor("/api/v1/reports?region=" + county)).isEqualTo(apiFew);
		ReportEdition one = this.fixtures.published(this.world.townshipA(), this.world.clerkA(), this.world.reviewer(),
				2021);
		assertThat(statementsFor("/reports/" + one.getReport().getId())).isLessThanOrEqualTo(6);
		assertThat(statementsFor("/agencies/" + this.world.townshipB().getUnifiedCode())).isLessThanOrEqualTo(6);
	}

	@Test
	void theAtomFeedAndSitemapListPublications() throws Exception {
		ReportEdition published = this.fixtures.published(this.world.townshipA(), this.world.clerkA(),
				this.world.reviewer(), 2024);
		String feed = this.mvc.perform(get("/feeds/reports.atom").param("region", this.world.county().getUnifiedCode()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/atom+xml")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document atom = parse(feed);
		assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
		assertThat(atom.getElementsByTagName("entry").getLength()).isEqualTo(1);
		assertThat(feed).contains(published.getTitle(), "/reports/" + published.getReport().getId())
			.contains("<?xml-stylesheet type=\"text/xsl\" href=\"/feeds/feed.xsl\"?>");
		// What a browser shows of it: the stylesheet applied, a page with the entries as
		// links and words on how to subscribe.
		String xsl = this.mvc.perform(get("/feeds/feed.xsl"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/xsl")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		StringWriter page = new StringWriter();
		TransformerFactory.newInstance()
			.newTransformer(new StreamSource(new StringReader(xsl)))
			.transform(new StreamSource(new StringReader(feed)), new StreamResult(page));
		assertThat(page.toString()).contains("<h1>", "这是一个订阅源", published.getTitle(),
				"/reports/" + published.getReport().getId() + "\"", this.world.townshipA().getFullName());
		assertThat(parse(this.mvc.perform(get("/feeds/reports.atom")).andReturn().getResponse().getContentAsString())
			.getElementsByTagName("entry")
			.getLength()).isGreaterThanOrEqualTo(1);
		this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/sitemaps/reports-0.xml")));
		this.mvc.perform(get("/sitemaps/reports-0.xml"))
			.andExpect(content().string(containsString("/reports/" + published.getReport().getId() + "</loc>")));
		this.mvc.perform(get("/feeds/reports.atom").param("region", "NOSUCH")).andExpect(status().isNotFound());
	}

	@Test
	void theOpenDataApiListsAndShowsPublishedReportsOnly() throws Exception {
		ReportEdition published = this.fixtures.published(this.world.townshipA(), this.world.clerkA(),
				this.world.reviewer(), 2024);
		ReportEdition submitted = this.fixtures.submitted(this.world.townshipB(), this.world.clerkB(), 2024);
		this.mvc
			.perform(get("/api/v1/reports").param("region", this.world.county().getUnifiedCode()).param("year", "2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(published.getReport().getId()))
			.andExpect(jsonPath("$.items[0].indexNumber").value(published.getReport().getIndexNumber()))
			.andExpect(jsonPath("$.items[0].region[1]").value("甲镇"));
		this.mvc.perform(get("/api/v1/reports/{id}", published.getReport().getId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("published"))
			.andExpect(jsonPath("$.genre").value("工作报告"))
			.andExpect(jsonPath("$.publisher").value(this.world.townshipA().getFullName()))
			.andExpect(jsonPath("$.parts[0].kind").value("MEASURES"))
			.andExpect(jsonPath("$.parts[0].paragraphs[0]").value(containsString("三项制度")))
			.andExpect(jsonPath("$.dateWritten").exists());
		this.mvc.perform(get("/api/v1/reports/{id}", submitted.getReport().getId()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("not_found"));
		for (String[] bad : List.of(new String[] { "size", "101" }, new String[] { "size", "0" },
				new String[] { "page", "-1" }, new String[] { "year", "二〇二四" }, new String[] { "region", "X" },
				new String[] { "topic", "没有这个主题" })) {
			this.mvc.perform(get("/api/v1/reports").param(bad[0], bad[1]))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value("bad_request"));
		}
		this.mvc.perform(get("/api/v1/reports/abc")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/reports").param("topic", "行政执法").param("size", "100")).andExpect(status().isOk());
	}

	@Test
	void readingPreferencesAreRememberedAndNeverRedirectElsewhere() throws Exception {
		MvcResult set = this.mvc.perform(get("/preferences").param("size", "large").param("back", "/browse?year=2024"))
			.andExpect(redirectedUrl("/browse?year=2024"))
			.andReturn();
		assertThat(set.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy((c) -> assertThat(c).startsWith("fz_size=large"));
		// A Chinese search term comes back as it was: encoded once, whether the link held
		// it encoded (as the layout writes the current page's) or not.
		this.mvc
			.perform(get("/preferences").param("care", "on").param("back", "/search?q=%E6%B3%95%E6%B2%BB&year=2024"))
			.andExpect(redirectedUrl("/search?q=%E6%B3%95%E6%B2%BB&year=2024"));
		this.mvc.perform(get("/preferences").param("care", "on").param("back", "/search?q=法治"))
			.andExpect(redirectedUrl("/search?q=%E6%B3%95%E6%B2%BB"));
		this.mvc.perform(get("/preferences").param("care", "on").param("back", "//evil.example/x"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/preferences").param("care", "on").param("back", "https://evil.example/"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/").cookie(new Cookie("fz_size", "large"), new Cookie("fz_care", "on")))
			.andExpect(content().string(containsString("class=\"size-large care\"")))
			.andExpect(content().string(containsString("退出适老模式")));
		this.mvc.perform(get("/").cookie(new Cookie("fz_size", "<script>")))
			.andExpect(content().string(containsString("class=\"size-medium\"")));
	}

	private long statementsFor(String url) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		// Once to warm caches (the agency directory reloads after agencies change), then
		// counted.
		this.mvc.perform(get(url)).andExpect(status().isOk());
		statistics.clear();
		this.mvc.perform(get(url)).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	private long viewCount(Long reportId) {
		return this.jdbc.queryForObject("select view_count from report where id = ?", Long.class, reportId);
	}

	private static String link(ReportEdition edition) {
		return "href=\"/reports/" + edition.getReport().getId() + "\"";
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

}
