package org.fazhi.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Route-level authorization: public pages for everyone, filing for clerks, review for
 * reviewers and admins, everything else signed in. Object-level rules (which township,
 * which county) are in {@code ReportPolicy}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Public pages and data that anyone may read (GET and HEAD only). */
	private static final String[] PUBLIC_READ = { "/reports/**", "/agencies/**", "/api/v1/reports",
			"/api/v1/reports/**", "/api/v1/search" };

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/search", "/browse", "/login", "/error", "/css/**", "/js/**", "/favicon.ico",
					"/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/preferences", "/sitemap.xml", "/sitemaps/**", "/feeds/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, PUBLIC_READ)
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, PUBLIC_READ)
			.permitAll()
			.requestMatchers("/filing", "/filing/**")
			.hasRole("CLERK")
			.requestMatchers("/review", "/review/**")
			.hasAnyRole("REVIEWER", "ADMIN")
			.requestMatchers("/admin", "/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/workspace", false).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?loggedOut").permitAll())
			.addFilterAfter(new CacheControlFilter(), AuthorizationFilter.class)
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable())
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(
						org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// Delegating encoder: bcrypt today, with an {id} prefix so the algorithm can
		// change later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
