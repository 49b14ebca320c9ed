package org.fazhi.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.SectionKind;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing through the JSON API and the clerk's editor, on real PostgreSQL with security
 * on.
 */
@PostgresIntegrationTest
class ImportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Fixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	@Test
	void apiParsesPlainTextForABasicAuthenticatedClientWithoutACsrfToken() throws Exception {
		this.mvc
			.perform(post("/api/v1/imports/parse").contentType(MediaType.TEXT_PLAIN)
				.content(fixture("web-page.txt"))
				.with(httpBasic(this.world.clerkA().getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("白鹤镇2023年法治政府建设年度报告"))
			.andExpect(jsonPath("$.year").value(2023))
			.andExpect(jsonPath("$.parts.length()").value(4))
			.andExpect(jsonPath("$.parts[0].kind").value("RESPONSIBLE_PERSON"))
			.andExpect(jsonPath("$.parts[0].characters").isNumber())
			.andExpect(jsonPath("$.metadata.indexNumber").value("11430721MB1234567X/2024-00003"))
			.andExpect(jsonPath("$.missing").isEmpty())
			.andExpect(jsonPath("$.preamble").value(Matchers.startsWith("今年以来")))
			.andExpect(jsonPath("$.signingAgency").value("白鹤镇人民政府"));
	}

	@Test
	void apiRefusesStrangersAndSessionRequestsWithoutCsrf() throws Exception {
		this.mvc.perform(post("/api/v1/imports/parse").contentType(MediaType.TEXT_PLAIN).content("一、主要举措和成效"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("unauthorized"));
		this.mvc
			.perform(post("/api/v1/imports/parse").contentType(MediaType.TEXT_PLAIN)
				.content("一、主要举措和成效")
				.with(httpBasic(this.world.clerkA().getUsername(), "wrong-password")))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/imports/parse").contentType(MediaType.TEXT_PLAIN)
				.content("一、主要举措和成效")
				.with(user(this.world.clerkA())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/imports/parse").contentType(MediaType.TEXT_PLAIN)
				.content("一、主要举措和成效\n做了工作。")
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parts[0].kind").value("MEASURES"));
	}

	@Test
	void apiReadsWordFilesByHeadingStyleAndGb18030Text() throws Exception {
		byte[] docx = docx();
		this.mvc
			.perform(multipart("/api/v1/imports/parse").file(new MockMultipartFile("file", "报告.docx", null, docx))
				.with(httpBasic(this.world.reviewer().getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parts.length()").value(3))
			.andExpect(jsonPath("$.parts[0].heading").value("工作成效"))
			.andExpect(jsonPath("$.parts[1].kind").value("PROBLEMS"))
			.andExpect(jsonPath("$.parts[2].kind").value("NEXT_YEAR_PLANS"))
			.andExpect(jsonPath("$.year").value(2024));
		byte[] gbk = fixture("standard.txt").getBytes(Charset.forName("GB18030"));
		this.mvc
			.perform(multipart("/api/v1/imports/parse").file(new MockMultipartFile("file", "report.txt", null, gbk))
				.with(httpBasic(this.world.clerkA().getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("青山镇人民政府关于2023年度法治政府建设工作情况的报告"))
			.andExpect(jsonPath("$.parts.length()").value(5));
	}

	@Test
	void badFilesGetAClearReason() throws Exception {
		expectUnreadable("a.txt", new byte[0], "empty");
		expectUnreadable("a.txt", new byte[] { 1, 2, 0, 4, 5 }, "binary");
		expectUnreadable("a.txt", new byte[] { (byte) 0x81, (byte) 0x30, (byte) 0xFF, (byte) 0xFE, (byte) 0x80 },
				"encoding");
		expectUnreadable("a.docx", "这不是 Word 文件".getBytes(StandardCharsets.UTF_8), "notDocx");
		expectUnreadable("a.docx", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 },
				"encryptedOrDoc");
		expectUnreadable("a.doc", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 },
				"unreadableDoc");
		expectUnreadable("a.doc", "这不是 Word 文件".getBytes(StandardCharsets.UTF_8), "notDoc");
		expectUnreadable("a.docx", zip("word/document.xml", "<not-xml".getBytes(StandardCharsets.UTF_8), 1),
				"corruptDocx");
		expectUnreadable("a.docx", manyEntries(DocumentReader.MAX_ENTRIES + 1), "zipBomb");
		expectUnreadable("a.docx", zip("word/document.xml", new byte[1024 * 1024], 210), "zipBomb");
		expectUnreadable("a.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "corruptPdf");
		expectUnreadable("a.zip", zip("a.txt", "一".getBytes(StandardCharsets.UTF_8), 1), "unsupportedType");
	}

	@Test
	void oversizeTextIsRefusedWithoutReadingItAll() throws Exception {
		byte[] huge = new byte[DocumentReader.MAX_BYTES + 10];
		Arrays.fill(huge, (byte) 'a');
		this.mvc
			.perform(post("/api/v1/imports/parse").contentType(MediaType.TEXT_PLAIN)
				.content(huge)
				.with(httpBasic(this.world.clerkA().getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.error").value("tooLarge"));
	}

	@Test
	void clerkPreviewsReassignsAndFillsTheDraft() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2024);
		String url = "/filing/editions/" + draft.getId() + "/import";
		this.mvc
			.perform(multipart(url).param("text", fixture("thematic.txt")).with(user(this.world.clerkA())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确认导入内容")))
			.andExpect(content().string(containsString("一、强化组织领导，压实法治建设责任")))
			.andExpect(content().string(containsString("没有找到“党政主要负责人履行推进法治建设第一责任人职责情况”部分")));

		// The clerk moves the first theme to the first-responsible-person part.
		this.mvc
			.perform(post(url + "/apply").param("version", Long.toString(draft.getVersion()))
				.param("title", "龙泉街道办事处2024年度法治政府建设情况报告")
				.param("addressee", "区委、区政府")
				.param("preamble", "现将情况报告如下。")
				.param("signingAgency", "龙泉街道办事处")
				.param("dateWritten", "2025-01-20")
				.param("chunks[0].kind", "RESPONSIBLE_PERSON")
				.param("chunks[0].heading", "一、强化组织领导，压实法治建设责任")
				.param("chunks[0].body", "街道党工委将法治建设列入年度重点工作。")
				.param("chunks[0].thematic", "true")
				.param("chunks[1].kind", "MEASURES")
				.param("chunks[1].heading", "二、坚持依法决策，提升科学决策水平")
				.param("chunks[1].body", "落实合法性审查制度。")
				.param("chunks[1].thematic", "true")
				.param("chunks[2].kind", "PROBLEMS")
				.param("chunks[2].heading", "五、存在的问题")
				.param("chunks[2].body", "法治工作队伍专业化程度不高。")
				.param("chunks[2].thematic", "false")
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/filing/editions/" + draft.getId()));
		ReportEdition loaded = this.fixtures.reload(draft.getId());
		assertThat(loaded.getTitle()).isEqualTo("龙泉街道办事处2024年度法治政府建设情况报告");
		assertThat(loaded.getAddressee()).isEqualTo("区委、区政府");
		assertThat(loaded.section(SectionKind.RESPONSIBLE_PERSON).orElseThrow().getBody())
			.isEqualTo("一、强化组织领导，压实法治建设责任\n街道党工委将法治建设列入年度重点工作。");
		assertThat(loaded.section(SectionKind.MEASURES).orElseThrow().getHeading())
			.isEqualTo("一、2024年推进法治政府建设的主要举措和成效");
		assertThat(loaded.section(SectionKind.PROBLEMS).orElseThrow().getHeading()).isEqualTo("五、存在的问题");
		// Parts the document lacks keep the draft's text.
		assertThat(loaded.section(SectionKind.NEXT_YEAR_PLANS).orElseThrow().getBody())
			.isEqualTo(draft.section(SectionKind.NEXT_YEAR_PLANS).orElseThrow().getBody());
	}

	@Test
	void staleImportChangesNothingAndAnotherTownshipGets404() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2024);
		String url = "/filing/editions/" + draft.getId() + "/import";
		this.mvc.perform(multipart(url).param("text", "一、主要举措和成效\n做了。").with(user(this.world.clerkB())).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(url + "/apply").param("version", Long.toString(draft.getVersion() - 1))
				.param("title", "改过的标题")
				.param("chunks[0].kind", "MEASURES")
				.param("chunks[0].heading", "一、主要举措和成效")
				.param("chunks[0].body", "新的文字。")
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已被他人修改")));
		assertThat(this.fixtures.reload(draft.getId()).getTitle()).isEqualTo(draft.getTitle());
	}

	@Test
	void unreadableUploadKeepsWhatWasTypedAndSavesNothing() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2024);
		this.mvc
			.perform(multipart("/filing/editions/" + draft.getId() + "/import")
				.file(new MockMultipartFile("file", "x.docx", null, "garbage".getBytes(StandardCharsets.UTF_8)))
				.param("text", "我粘贴的文字")
				.with(user(this.world.clerkA()))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("不是 Word（.docx）文档")))
			.andExpect(content().string(containsString("我粘贴的文字")))
			.andExpect(content().string(not(containsString("Exception"))));
		assertThat(this.fixtures.reload(draft.getId()).getVersion()).isEqualTo(draft.getVersion());
	}

	private void expectUnreadable(String name, byte[] bytes, String code) throws Exception {
		this.mvc
			.perform(multipart("/api/v1/imports/parse").file(new MockMultipartFile("file", name, null, bytes))
				.with(httpBasic(this.world.clerkA().getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").value(code))
			.andExpect(jsonPath("$.message").isNotEmpty());
	}

	private static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("安乐镇2024年法治政府建设情况报告");
			heading(document, "工作成效");
			document.createParagraph().createRun().setText("全年办理案件12件。");
			heading(document, "存在不足");
			document.createParagraph().createRun().setText("执法力量薄弱。");
			heading(document, "下一步打算");
			document.createParagraph().createRun().setText("加强培训。");
			document.write(out);
			return out.toByteArray();
		}
	}

	private static void heading(XWPFDocument document, String text) {
		var paragraph = document.createParagraph();
		paragraph.setStyle("Heading1");
		paragraph.createRun().setText(text);
	}

	private static byte[] zip(String name, byte[] content, int times) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			for (int i = 0; i < times; i++) {
				zip.write(content);
			}
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static byte[] manyEntries(int count) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < count; i++) {
				zip.putNextEntry(new ZipEntry("part" + i + ".xml"));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	static String fixture(String name) {
		try (InputStream in = ImportIntegrationTests.class.getResourceAsStream("/import/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
