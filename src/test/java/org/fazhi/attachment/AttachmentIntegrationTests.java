package org.fazhi.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.fazhi.report.ReportEdition;
import org.fazhi.support.Fixtures;
import org.fazhi.support.FormatFiles;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stamped scan from the clerk's desk to the public page and into a correction; the
 * reviewer adding a file during review; files that are not what they say or that would
 * run something refused, changing nothing.
 */
@PostgresIntegrationTest
class AttachmentIntegrationTests {

	/** A scan as a township saves it: a real PDF with text. */
	private static final byte[] STAMPED = FormatFiles.bytes("report-2.pdf");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	@Test
	void theStampedScanGoesFromTheClerkThroughReviewToThePublicAndIntoACorrection() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2024);
		upload("/filing/editions/" + draft.getId() + "/attachments", "程庄镇2024年度报告（盖章）.pdf", STAMPED,
				user(this.world.clerkA()))
			.andExpect(flash().attribute("flash", "flash.attached"));
		this.mvc.perform(get("/filing/editions/{id}", draft.getId()).with(user(this.world.clerkA())))
			.andExpect(content().string(containsString("程庄镇2024年度报告（盖章）.pdf")))
			.andExpect(content().string(containsString("PDF · ")));
		Long scan = this.jdbc.queryForObject("select id from edition_attachment where edition_id = ?", Long.class,
				draft.getId());

		ReportEdition submitted = this.fixtures.submitNow(draft);
		// Sent to the county: the clerk can no longer change its files.
		upload("/filing/editions/" + draft.getId() + "/attachments", "附表.png", png(), user(this.world.clerkA()))
			.andExpect(flash().attribute("attachmentProblem", "attachment.problem.state"));
		this.mvc.perform(get("/review/editions/{id}", submitted.getId()).with(user(this.world.reviewer())))
			.andExpect(content().string(containsString("程庄镇2024年度报告（盖章）.pdf")));
		byte[] downloaded = this.mvc
			.perform(get("/review/editions/{id}/attachments/{a}", submitted.getId(), scan)
				.with(user(this.world.reviewer())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(STAMPED);
		upload("/review/editions/" + submitted.getId() + "/attachments", "附表.png", png(), user(this.world.reviewer()))
			.andExpect(flash().attribute("flash", "flash.attached"));

		ReportEdition published = this.fixtures.publish(submitted, this.world.reviewer());
		Long reportId = published.getReport().getId();
		this.mvc.perform(get("/reports/{id}", reportId))
			.andExpect(content().string(containsString("附件")))
			.andExpect(content().string(containsString("/reports/" + reportId + "/attachments/" + scan)))
			.andExpect(content().string(containsString("附表.png")));
		this.mvc.perform(get("/reports/{id}/attachments/{a}", reportId, scan))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
			.andExpect(content().bytes(STAMPED));

		this.mvc.perform(post("/filing/reports/{id}/correction", reportId).with(user(this.world.clerkA())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Long correction = this.jdbc.queryForObject(
				"select max(id) from report_edition where report_id = ? and state = 'DRAFT'", Long.class, reportId);
		assertThat(this.jdbc.queryForList("select file_name from edition_attachment where edition_id = ? order by id",
				String.class, correction))
			.containsExactly("程庄镇2024年度报告（盖章）.pdf", "附表.png");
		// The public is offered the files of what is public now, not another edition's.
		Long draftCopy = this.jdbc.queryForObject("select min(id) from edition_attachment where edition_id = ?",
				Long.class, correction);
		this.mvc.perform(get("/reports/{id}/attachments/{a}", reportId, draftCopy)).andExpect(status().isNotFound());
	}

	@Test
	void filesThatAreNotWhatTheySayOrWouldRunSomethingAreRefused() throws Exception {
		ReportEdition draft = this.fixtures.completeDraft(this.world.townshipA(), this.world.clerkA(), 2023);
		String url = "/filing/editions/" + draft.getId() + "/attachments";
		RequestPostProcessor clerk = user(this.world.clerkA());
		upload(url, "盖章件.pdf", "这其实是一个文本文件".getBytes(StandardCharsets.UTF_8), clerk)
			.andExpect(flash().attribute("attachmentProblem", "attachment.problem.type"));
		upload(url, "盖章件.pdf", scriptedPdf(), clerk)
			.andExpect(flash().attribute("attachmentProblem", "attachment.problem.active"));
		upload(url, "附表.docx", macroDocument(), clerk)
			.andExpect(flash().attribute("attachmentProblem", "attachment.problem.active"));
		upload(url, "空.pdf", new byte[0], clerk)
			.andExpect(flash().attribute("attachmentProblem", "attachment.problem.empty"));
		assertThat(count(draft)).isZero();
		for (int i = 0; i < Attachments.MAX_PER_EDITION; i++) {
			upload(url, "图" + i + ".png", png(), clerk).andExpect(flash().attribute("flash", "flash.attached"));
		}
		upload(url, "再一张.png", png(), clerk)
			.andExpect(flash().attribute("attachmentProblem", "attachment.problem.tooMany"));
		assertThat(count(draft)).isEqualTo(Attachments.MAX_PER_EDITION);
		// Someone else's edition does not exist for this clerk.
		upload(url, "图.png", png(), user(this.world.clerkB())).andExpect(status().isNotFound());
	}

	private ResultActions upload(String url, String name, byte[] bytes, RequestPostProcessor who) throws Exception {
		return this.mvc
			.perform(multipart(url).file(new MockMultipartFile("file", name, null, bytes)).with(who).with(csrf()));
	}

	private int count(ReportEdition edition) {
		return this.jdbc.queryForObject("select count(*) from edition_attachment where edition_id = ?", Integer.class,
				edition.getId());
	}

	private static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** A PDF that runs a script when opened. */
	private static byte[] scriptedPdf() throws Exception {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x')"));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	/** A Word document with a macro project in it. */
	private static byte[] macroDocument() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : new String[] { "[Content_Types].xml", "word/document.xml", "word/vbaProject.bin" }) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
