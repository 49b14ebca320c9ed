package org.fazhi.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} all domain code reads; tests replace it with a fixed clock.
 * Deadlines and dates are Beijing time whatever the server's zone.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(@Value("${fazhi.zone:Asia/Shanghai}") ZoneId zone) {
		return Clock.system(zone);
	}

}
