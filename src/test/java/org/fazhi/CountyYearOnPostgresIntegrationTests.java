package org.fazhi;

import org.fazhi.support.PostgresIntegrationTest;
import org.fazhi.support.ScenarioClock;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A county's whole year on PostgreSQL, as in production.
 */
@PostgresIntegrationTest
@Import(ScenarioClock.class)
@TestPropertySource(properties = "fazhi.review.scheduler-interval=200ms")
class CountyYearOnPostgresIntegrationTests extends CountyYearScenario {

}
