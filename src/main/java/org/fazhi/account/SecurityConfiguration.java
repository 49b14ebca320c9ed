package org.fazhi.account;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.audit.AuditLog;
import org.fazhi.system.CacheControlFilter;
import org.fazhi.system.ContentSecurityPolicy;
import org.fazhi.system.EmbedSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

/**
 * Route-level authorization: public pages for everyone, filing for clerks, review for
 * reviewers and admins, everything else signed in. Object-level rules (which township,
 * which county) are in {@code ReportPolicy}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private final EmbedSettings embed;

	SecurityConfiguration(EmbedSettings embed) {
		this.embed = embed;
	}

	/** Public pages and data that anyone may read (GET and HEAD only). */
	private static final String[] PUBLIC_READ = { "/reports/**", "/agencies/**", "/api/v1/reports",
			"/api/v1/reports/**", "/api/v1/search", "/api/v1/dumps", "/api/v1/dumps/**" };

	/**
	 * The JSON API: the same public reads, everything else for signed-in users, by their
	 * browser session or by HTTP Basic for programs. It never creates a session; a
	 * request carrying Basic credentials cannot be forged by another site (browsers do
	 * not attach them cross-site without asking), so only session requests need a CSRF
	 * token.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiErrorResponses errors, LoginThrottle throttle, AuditLog audit)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, PUBLIC_READ)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, PUBLIC_READ)
				.permitAll()
				.requestMatchers("/api/v1/archive", "/api/v1/archive/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(errors))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(SecurityConfiguration::hasBasicCredentials))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.addFilterBefore(new LoginThrottleFilter(throttle, audit, errors::tooManyAttempts),
					BasicAuthenticationFilter.class)
			.addFilterBefore(new PasswordChangeRequiredFilter(errors::passwordChangeRequired),
					AuthorizationFilter.class)
			.addFilterAfter(new CacheControlFilter(), AuthorizationFilter.class)
			.headers(this::headers);
		return http.build();
	}

	/**
	 * The same response headers everywhere: CSP with a nonce, no framing, no MIME
	 * sniffing (Spring Security's default), HSTS on HTTPS requests (its default too), a
	 * same-origin referrer, and no powerful browser features.
	 */
	private void headers(HeadersConfigurer<HttpSecurity> headers) {
		// No framing, by X-Frame-Options for old browsers and CSP for the rest; the embed
		// pages answer to CSP frame-ancestors alone, which names the portals allowed.
		headers.cacheControl((cache) -> cache.disable())
			.frameOptions((frame) -> frame.disable())
			.addHeaderWriter(
					new DelegatingRequestMatcherHeaderWriter((request) -> !ContentSecurityPolicy.isEmbed(request),
							new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
			.httpStrictTransportSecurity((hsts) -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new ContentSecurityPolicy(this.embed))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=(), usb=()"));
	}

	static boolean hasBasicCredentials(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}

	/**
	 * Actuator: health (liveness and readiness) for anyone, so that load balancers can
	 * ask; metrics for admins only, by HTTP Basic from the scraper. Never a session.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain actuatorSecurity(HttpSecurity http, ApiErrorResponses errors, LoginThrottle throttle,
			AuditLog audit) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
						.permitAll()
						.anyRequest()
						.hasRole("ADMIN"))
			.httpBasic((basic) -> basic.authenticationEntryPoint(errors))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.addFilterBefore(new LoginThrottleFilter(throttle, audit, errors::tooManyAttempts),
					BasicAuthenticationFilter.class)
			.headers(this::headers);
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webSecurity(HttpSecurity http, ApiErrorResponses errors, LoginThrottle throttle, AuditLog audit,
			SecuritySettings settings, Clock clock) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/search", "/browse", "/statistics", "/statistics.csv", "/statistics/problems",
					"/statistics/townships.csv", "/statistics/problems.csv", "/sitemap", "/feedback", "/feedback/sent",
					"/login", "/error", "/assets/**", "/favicon.ico", "/actuator/health", "/actuator/health/**",
					"/actuator/info")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/preferences", "/sitemap.xml", "/sitemaps/**", "/feeds/**", "/embed/**")
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
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(signedIn())
				.failureHandler(relative(new SimpleUrlAuthenticationFailureHandler("/login?error")))
				.permitAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signInFirst()))
			.logout((logout) -> logout.logoutSuccessHandler(signedOut())
				.invalidateHttpSession(true)
				.clearAuthentication(true)
				.deleteCookies("SESSION")
				.permitAll())
			// Spring Security changes the session id at sign-in (session fixation).
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.addFilterBefore(new LoginThrottleFilter(throttle, audit, errors::tooManyAttempts),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new SessionLifetimeFilter(settings.sessionAbsoluteTimeout(), clock),
					AuthorizationFilter.class)
			.addFilterBefore(new PasswordChangeRequiredFilter(null), AuthorizationFilter.class)
			.addFilterAfter(new CacheControlFilter(), AuthorizationFilter.class)
			.headers(this::headers);
		return http.build();
	}

	/**
	 * Every redirect of sign-in and sign-out says only a path: a host taken from the
	 * request (which anyone can set) would send people to another site.
	 */
	private static DefaultRedirectStrategy relativeRedirects() {
		DefaultRedirectStrategy strategy = new DefaultRedirectStrategy();
		strategy.setContextRelative(true);
		return strategy;
	}

	private static SimpleUrlAuthenticationFailureHandler relative(SimpleUrlAuthenticationFailureHandler handler) {
		handler.setRedirectStrategy(relativeRedirects());
		return handler;
	}

	private static SavedRequestAwareAuthenticationSuccessHandler signedIn() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl("/workspace");
		handler.setRedirectStrategy(relativeRedirects());
		return handler;
	}

	private static SimpleUrlLogoutSuccessHandler signedOut() {
		SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
		handler.setDefaultTargetUrl("/login?loggedOut");
		handler.setRedirectStrategy(relativeRedirects());
		return handler;
	}

	private static LoginUrlAuthenticationEntryPoint signInFirst() {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// Delegating encoder: bcrypt today, with an {id} prefix so the algorithm can
		// change later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
