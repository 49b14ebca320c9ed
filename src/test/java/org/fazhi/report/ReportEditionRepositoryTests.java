package org.fazhi.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresTestConfiguration;
import org.fazhi.topic.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edition queries on real PostgreSQL (Flyway's schema), without the rest of the
 * application: an edition with every topic comes back with each part once, and the years
 * a township can start from are its published ones.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(PostgresTestConfiguration.class)
class ReportEditionRepositoryTests {

	@Autowired
	TestEntityManager entities;

	@Autowired
	ReportEditionRepository editions;

	@Test
	void anEditionWithEveryTopicHasEachPartOnce() {
		ReportEdition edition = edition(2025);
		List<Topic> topics = this.entities.getEntityManager()
			.createQuery("select t from Topic t", Topic.class)
			.getResultList();
		assertThat(topics).hasSizeGreaterThanOrEqualTo(10);
		edition.updateTopics(topics, "clerk", Instant.now());
		this.entities.persistAndFlush(edition);
		this.entities.clear();

		ReportEdition loaded = this.editions.findWithSectionsById(edition.getId()).orElseThrow();
		assertThat(loaded.getSections()).hasSize(SectionKind.values().length);
		assertThat(loaded.getSections()).extracting(ReportSection::getKind).containsExactly(SectionKind.values());
		assertThat(loaded.getTopics()).hasSize(topics.size());
	}

	@Test
	void theYearsATownshipCanStartFromAreItsPublishedOnes() {
		ReportEdition draft = edition(2023);
		ReportEdition published = edition(2024);
		published.submit("clerk", Instant.now());
		published.publish("reviewer", Instant.now());
		this.entities.persistAndFlush(draft);
		this.entities.persistAndFlush(published);
		Long agency = published.getReport().getAgency().getId();
		assertThat(this.editions.findYearsByAgencyAndState(agency, EditionState.PUBLISHED)).containsExactly(2024);
		assertThat(this.editions.countByReportId(draft.getReport().getId())).isEqualTo(1);
	}

	private Agency township;

	private ReportEdition edition(int year) {
		if (this.township == null) {
			Agency county = this.entities.persist(new Agency(Fixtures.code(), "测试县", "测试县", AgencyLevel.COUNTY, null));
			this.township = this.entities
				.persist(new Agency(Fixtures.code(), "测试县甲镇人民政府", "甲镇", AgencyLevel.TOWNSHIP, county));
		}
		Report report = this.entities.persist(new Report(this.township, year, "clerk", Instant.now()));
		ReportEdition edition = new ReportEdition(report, 1, "甲镇关于" + year + "年度法治政府建设情况的报告", "clerk", Instant.now());
		for (SectionKind kind : SectionKind.values()) {
			edition.addSection(kind, kind.name(), "正文" + kind, "clerk", Instant.now());
		}
		edition.updateMetadata(new EditionMetadata(edition.getTitle(), null, null, "甲镇人民政府",
				LocalDate.of(year + 1, 1, 10), null, null), "clerk", Instant.now());
		return edition;
	}

}
