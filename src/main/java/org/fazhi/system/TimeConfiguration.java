package org.fazhi.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} all domain code reads; tests replace it with a fixed clock.
 * Deadlines and dates are Beijing time whatever the server's zone.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(ServiceSettings settings) {
		return Clock.system(settings.zone());
	}

}
