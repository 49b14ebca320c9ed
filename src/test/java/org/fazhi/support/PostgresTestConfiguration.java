package org.fazhi.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Real PostgreSQL for tests: a Testcontainers PostgreSQL 16 when a Docker engine is
 * available (a developer laptop, GitHub Actions), otherwise {@link FallbackPostgres}, a
 * fresh database on the running server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:16-alpine");
	}

	@Bean
	@Conditional(DockerUnavailable.class)
	DynamicPropertyRegistrar fallbackPostgres() {
		return (registry) -> {
			FallbackPostgres.Database database = FallbackPostgres.database();
			registry.add("spring.datasource.url", database::url);
			registry.add("spring.datasource.username", database::username);
			registry.add("spring.datasource.password", database::password);
		};
	}

	public static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return dockerAvailable();
		}

	}

	static class DockerUnavailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !dockerAvailable();
		}

	}

}
