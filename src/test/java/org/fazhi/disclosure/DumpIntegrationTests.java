package org.fazhi.disclosure;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fazhi.report.ReportEdition;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The yearly dumps: every published report of a year with its metadata and parts, as JSON
 * Lines and as CSV a spreadsheet opens; written again when a report of the year is
 * published; an unknown year or format is not found.
 */
@PostgresIntegrationTest
class DumpIntegrationTests {

	private static final int YEAR = 2016;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Test
	void aYearsReportsInOneFileWrittenAgainWhenOneIsPublished() throws Exception {
		Fixtures.World world = this.fixtures.world();
		ReportEdition first = this.fixtures.published(world.townshipA(), world.clerkA(), world.reviewer(), YEAR);
		List<String> lines = lines(jsonl());
		long before = lines.size();
		JsonNode mine = lines.stream()
			.map(this.json::readTree)
			.filter((node) -> node.get("id").asLong() == first.getReport().getId())
			.findFirst()
			.orElseThrow();
		assertThat(mine.get("title").asString()).isEqualTo(first.getTitle());
		assertThat(mine.get("agencyCode").asString()).isEqualTo(world.townshipA().getUnifiedCode());
		assertThat(mine.get("indexNumber").asString()).isEqualTo(first.getReport().getIndexNumber());
		assertThat(mine.get("parts").get("MEASURES").get("body").asString()).isNotBlank();

		ReportEdition second = this.fixtures.published(world.townshipB(), world.clerkB(), world.reviewer(), YEAR);
		assertThat(lines(jsonl())).hasSize((int) before + 1)
			.anySatisfy((line) -> assertThat(line).contains("\"id\":" + second.getReport().getId() + ","));

		byte[] csv = this.mvc.perform(get("/api/v1/dumps/{year}.csv", YEAR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"fazhi-reports-2016.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFid,url,title");
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder()
			.setHeader()
			.get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
		assertThat(rows).hasSize((int) before + 1).anySatisfy((row) -> {
			assertThat(row.get("id")).isEqualTo(first.getReport().getId().toString());
			assertThat(row.get("title")).isEqualTo(first.getTitle());
			assertThat(row.get("measures")).contains("\n");
		});

		this.mvc.perform(get("/api/v1/dumps"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dumps[?(@.year == 2016)].reports").value(hasItem((int) before + 1)))
			.andExpect(jsonPath("$.dumps[?(@.year == 2016)].csv").value(hasItem(endsWith("/api/v1/dumps/2016.csv"))));
		this.mvc.perform(get("/api/v1/dumps/1999.jsonl")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/dumps/2016.xlsx")).andExpect(status().isNotFound());
	}

	private String jsonl() throws Exception {
		return this.mvc.perform(get("/api/v1/dumps/{year}.jsonl", YEAR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/x-ndjson;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<String> lines(String text) {
		return text.lines().filter((line) -> !line.isBlank()).toList();
	}

}
