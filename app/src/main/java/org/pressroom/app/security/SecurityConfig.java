package org.pressroom.app.security;

import jakarta.servlet.DispatcherType;

import org.pressroom.app.api.VersionResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API's rules, first match wins:
 * <ol>
 * <li>{@code /actuator/health/**}, {@code /actuator/prometheus}, {@code /assets/**}
 * (KaTeX for the HTML) and the OpenAPI document: anyone;</li>
 * <li>{@code GET} (and {@code HEAD}) {@code .../pdf} and {@code .../html}: anyone for a
 * PUBLISHED version, editors for all ({@link PublishedOrEditor});</li>
 * <li>everything else, {@code .../serialization} (errors, LaTeX log lines) and
 * {@code POST .../serialize} included: editors.</li>
 * </ol>
 * Stateless: no session, no cookie, hence no CSRF token; a credential travels with every
 * request. Spring Security's default headers stay (X-Content-Type-Options: nosniff among
 * them), except X-Frame-Options: the HTML says who may frame it in its own
 * Content-Security-Policy (nobody), and a PDF has nothing to click-jack. A JWT must carry
 * {@code exp}: Spring's default validators accept one without, for ever.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiSecurityProperties.class)
class SecurityConfig {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

	static final String VERSION = "/api/atbds/{atbdIdOrAlias}/versions/{major}";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiSecurityProperties properties,
			ObjectProvider<JwtDecoder> jwtDecoder, VersionResolver resolver, JsonMapper json, Environment environment) {
		LoopbackEditorGuard.verify(properties.anonymousLoopbackEditor(), environment);
		SecurityProblems problems = new SecurityProblems(json);
		EditorTokens tokens = new EditorTokens(properties.editorTokens());
		JwtDecoder jwt = jwtDecoder.getIfAvailable();
		BearerAuthentication bearer = new BearerAuthentication(tokens, jwt,
				new JwtEditorRoles(properties.jwtRolesClaim(), properties.jwtEditorRole()));
		log.info("Editors: {} static token(s), JWTs {}, anonymous loopback editor {}", properties.editorTokens().size(),
				(jwt != null) ? "with " + properties.jwtRolesClaim() + " containing " + properties.jwtEditorRole()
						: "off",
				properties.anonymousLoopbackEditor() ? "on" : "off");
		if (tokens.isEmpty() && jwt == null && !properties.anonymousLoopbackEditor()) {
			log.warn("No editor credential is configured: only the outputs of PUBLISHED versions can be read. Set "
					+ "PRESSROOM_SECURITY_EDITOR_TOKENS or spring.security.oauth2.resourceserver.jwt.issuer-uri");
		}
		PublishedOrEditor publishedOrEditor = new PublishedOrEditor(resolver);
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/assets/**",
					"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, VERSION + "/pdf", VERSION + "/html")
			.access(publishedOrEditor)
			.requestMatchers(HttpMethod.HEAD, VERSION + "/pdf", VERSION + "/html")
			.access(publishedOrEditor)
			.anyRequest()
			.hasRole(Editors.ROLE))
			.oauth2ResourceServer((bearerTokens) -> bearerTokens.authenticationManagerResolver((request) -> bearer)
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// The HTML's CSP says frame-ancestors 'none'; a PDF has nothing to
			// click-jack.
			.headers((headers) -> headers.frameOptions((frames) -> frames.disable()))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable);
		if (properties.anonymousLoopbackEditor()) {
			http.addFilterBefore(new LoopbackEditorFilter(), AnonymousAuthenticationFilter.class);
		}
		return http.build();
	}

	/**
	 * Boot adds this to the validators of the JWT decoder it configures: a JWT without
	 * {@code exp} is refused.
	 */
	@Bean
	OAuth2TokenValidator<Jwt> jwtMustExpire() {
		return new JwtClaimValidator<Object>(JwtClaimNames.EXP, (expiry) -> expiry != null);
	}

}
