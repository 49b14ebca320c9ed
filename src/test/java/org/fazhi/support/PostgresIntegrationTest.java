package org.fazhi.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on real PostgreSQL with MockMvc and security on, no demo data,
 * and its own search index directory. Test classes sharing it share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
		properties = { "fazhi.demo-data=false", "fazhi.disclosure.page-cache=0s", "fazhi.public-url=http://localhost",
				"fazhi.index.path=${java.io.tmpdir}/fazhi-test-index-${random.uuid}", "fazhi.index.poll-interval=1s",
				"spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.properties.hibernate.generate_statistics=true",
				"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn" })
@AutoConfigureMockMvc
@Import({ PostgresTestConfiguration.class, Fixtures.class })
public @interface PostgresIntegrationTest {

}
