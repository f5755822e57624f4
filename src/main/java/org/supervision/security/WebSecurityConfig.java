package org.supervision.security;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * One login for every surface. Spring Security authenticates (form login for people,
 * HTTP Basic for programs); Camunda's own filters then take the authenticated user
 * into the engine, so Camunda's authorization checks apply on every surface. Actuator
 * endpoints (management port) have their own chain, {@link ActuatorSecurityConfig}.
 */
@Configuration
@EnableMethodSecurity
class WebSecurityConfig {

    static final String ENGINE_REST = "/engine-rest";
    static final String TASKLIST = "/camunda/app/tasklist/default/";

    /** Programs: stateless HTTP Basic. A browser session cookie does not open these, so CSRF cannot reach them. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(
                        // Ant matchers: /engine-rest is served by Jersey, not by Spring MVC
                        new AntPathRequestMatcher(ENGINE_REST + "/**"), new AntPathRequestMatcher("/api/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("supervision"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.addHeaderWriter(ContentSecurityPolicy.headerWriter()))
                .build();
    }

    /** People: form login for the webapps and the product's pages. */
    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.defaultSuccessUrl(TASKLIST, false))
                // the webapps' own logout button must end the Spring session too, or the user stays logged in
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(
                                new AntPathRequestMatcher("/camunda/api/admin/auth/user/*/logout", "POST"),
                                new AntPathRequestMatcher("/logout", "POST")))
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK)))
                // the Camunda webapps bring their own CSRF protection (XSRF-TOKEN cookie + header)
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
                .headers(headers -> headers.addHeaderWriter(ContentSecurityPolicy.headerWriter()))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new OrRequestMatcher(
                                new AntPathRequestMatcher("/camunda/api/**"), new AntPathRequestMatcher("/audit/api/**"))))
                .build();
    }

    /** Hands the Spring-authenticated user to the engine for every /engine-rest call. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, ContainerBasedAuthenticationProvider.class.getName(),
                ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, ENGINE_REST));
        registration.addUrlPatterns(ENGINE_REST + "/*");
        registration.setOrder(101); // after Spring Security's filter chain
        return registration;
    }

    /** Hands the Spring-authenticated user to Tasklist, Cockpit and Admin (no second login page). */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("webapp-container-authentication");
        registration.setInitParameters(Map.of(
                "authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(101);
        return registration;
    }
}
