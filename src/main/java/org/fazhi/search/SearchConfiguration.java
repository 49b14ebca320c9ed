package org.fazhi.search;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the index at {@code fazhi.index.path} for the application's lifetime; closing the
 * context commits and closes it.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	ReportIndex reportIndex(@Value("${fazhi.index.path}") Path path,
			@Value("${fazhi.index.search-timeout:2s}") java.time.Duration timeout) {
		return new ReportIndex(path, timeout.toMillis());
	}

}
