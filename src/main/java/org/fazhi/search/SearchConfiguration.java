package org.fazhi.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the index at {@code fazhi.index.path} for the application's lifetime; closing the
 * context commits and closes it.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	ReportIndex reportIndex(IndexSettings settings) {
		return new ReportIndex(settings.path(), settings.searchTimeout().toMillis());
	}

}
