package org.fazhi.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Route-level authorization: public pages for everyone, filing for clerks, review for
 * reviewers and admins, everything else signed in. Object-level rules (which township,
 * which county) are in {@code ReportPolicy}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/search", "/login", "/error", "/css/**", "/js/**", "/favicon.ico",
					"/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/reports/**")
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
			.headers((headers) -> headers.frameOptions((frame) -> frame.deny())
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
