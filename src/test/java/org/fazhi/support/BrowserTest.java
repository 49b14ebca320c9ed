package org.fazhi.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real port and real PostgreSQL, for tests that drive headless
 * Chromium through {@link Browser}; skipped, saying why, where no browser can be had
 * ({@link BrowserAvailable}). Autosave runs every second so tests need not wait.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fazhi.demo-data=false", "fazhi.disclosure.page-cache=0s", "fazhi.public-url=http://localhost",
				"fazhi.index.path=${java.io.tmpdir}/fazhi-test-index-${random.uuid}",
				"fazhi.report.autosave-seconds=1" })
@Import({ PostgresTestConfiguration.class, Fixtures.class })
@ExtendWith(BrowserAvailable.class)
public @interface BrowserTest {

}
