package org.fazhi;

import org.fazhi.support.Fixtures;
import org.fazhi.support.ScenarioClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A county's whole year on the embedded H2 default, which a county may run as it is.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:county-year;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "fazhi.demo-data=false",
		"fazhi.index.path=${java.io.tmpdir}/fazhi-test-index-${random.uuid}", "fazhi.index.poll-interval=1s",
		"fazhi.review.scheduler-interval=200ms" })
@AutoConfigureMockMvc
@Import({ ScenarioClock.class, Fixtures.class })
class CountyYearOnH2IntegrationTests extends CountyYearScenario {

}
