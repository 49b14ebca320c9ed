package org.fazhi.support;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the service's clock with one the test moves by hand.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ScenarioClock {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(LocalDateTime.of(2026, 1, 5, 9, 0), ZoneId.of("Asia/Shanghai"));
	}

}
