package org.supervision.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.DelegatingLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for every surface. Spring Security authenticates (form login or the
 * organisation's identity provider for people, HTTP Basic or the provider's bearer tokens
 * for programs); Camunda's own filters then take the authenticated user
 * into the engine, so Camunda's authorization checks apply on every surface. Actuator
 * endpoints (management port) have their own chain, {@link ActuatorSecurityConfig}.
 */
@Configuration
@EnableMethodSecurity
class WebSecurityConfig {

    static final String ENGINE_REST = "/engine-rest";
    /** Where people land after logging in: the workspace, which sends each to their home. */
    static final String WORKSPACE = "/";
    static final String REALM = "supervision";
    /** Camunda's REST resource that says whether any user name and password match (Jersey also answers with a trailing slash). */
    static final String IDENTITY_VERIFY = "/identity/verify/**";

    /**
     * Programs: stateless HTTP Basic, and the identity provider's bearer tokens when configured
     * (with the API scope, {@link ApiAccess}). A browser session cookie does not open these, so
     * CSRF cannot reach them.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<JwtDecoder> bearerTokens, DirectoryPeople people,
                                    SingleSignOnSettings singleSignOn, GroupMapping groupMapping) throws Exception {
        // bearer tokens of the organisation's identity provider, when spring.security.oauth2.resourceserver.jwt is configured
        JwtDecoder tokens = bearerTokens.getIfAvailable();
        if (tokens != null) {
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(tokens)
                    .jwtAuthenticationConverter(new DirectoryJwtConverter(people, groupMapping, singleSignOn.serviceAccounts()))));
        }
        return http.securityMatcher(new OrRequestMatcher(
                        // Ant matchers: /engine-rest is served by Jersey, not by Spring MVC
                        new AntPathRequestMatcher(ENGINE_REST + "/**"), new AntPathRequestMatcher("/api/**"),
                        // the API's OpenAPI description (springdoc), for the same programs and logins
                        new AntPathRequestMatcher("/v3/api-docs/**"), new AntPathRequestMatcher("/v3/api-docs.yaml")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(new AntPathRequestMatcher(ENGINE_REST + IDENTITY_VERIFY)).denyAll()
                        .anyRequest().access(new ApiAccess(singleSignOn.apiScope())))
                .httpBasic(basic -> basic.authenticationEntryPoint(new ThrottleAwareBasicEntryPoint(REALM)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.addHeaderWriter(ContentSecurityPolicy.headerWriter()))
                .build();
    }

    /**
     * People: the login page for the webapps and the product's pages, with the product's
     * passwords (unless switched off) and the organisation's identity providers (OpenID
     * Connect, when spring.security.oauth2.client.registration is configured).
     */
    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, SessionTimeouts timeouts, SingleSignOnSettings singleSignOn,
                                    ObjectProvider<ClientRegistrationRepository> providers, DirectoryPeople people,
                                    GroupMapping groupMapping) throws Exception {
        RequestMatcher webappLogout = new AntPathRequestMatcher("/camunda/api/admin/auth/user/*/logout", "POST");
        RequestMatcher workspaceLogout = new AntPathRequestMatcher("/logout", "POST");
        ClientRegistrationRepository identityProviders = providers.getIfAvailable();
        boolean passwords = singleSignOn.passwordLogin();
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(camundaPasswordChecks()).denyAll()
                        .requestMatchers("/login", "/error", SingleSignOnFailureHandler.REFUSED_PAGE).permitAll()
                        // setting a password by a mailed link and asking for one: for people not signed in (access
                        // package), unless this installation signs people in only through its identity provider
                        .requestMatchers("/set-password", "/forgotten-password").access(passwords
                                ? (authentication, request) -> new AuthorizationDecision(true)
                                : (authentication, request) -> new AuthorizationDecision(false))
                        // a person's calendar feed, for calendar apps that cannot log in: the secret in the address is
                        // the credential, checked by the calendar package (an unknown one is 404)
                        .requestMatchers("/calendar/feed/*").permitAll()
                        // the login page's own look: GOV.UK Frontend's style sheet and script, the workspace's touches
                        .requestMatchers("/webjars/govuk-frontend/**", "/workspace/**").permitAll()
                        // GOV.UK Frontend's style sheet names its fonts under /assets/fonts/, which this product does
                        // not serve (workspace.css points the family at local fonts). A browser that still asks
                        // for one on the login page must get a plain 404, not the login page: that request would
                        // be remembered as where to go after signing in, and the person would land on an error
                        .requestMatchers("/assets/**").permitAll()
                        .anyRequest().authenticated());
        if (passwords) {
            http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl(WORKSPACE, false)
                    // set on the filter, not with failureHandler(): that would stop the login page showing its error
                    .addObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                        @Override
                        public <F extends UsernamePasswordAuthenticationFilter> F postProcess(F filter) {
                            filter.setAuthenticationFailureHandler(new ThrottleAwareLoginFailureHandler());
                            return filter;
                        }
                    }));
        }
        if (identityProviders != null) {
            http.oauth2Login(login -> login.loginPage("/login").defaultSuccessUrl(WORKSPACE, false)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new DirectoryOidcUserService(people, groupMapping)))
                    .failureHandler(new SingleSignOnFailureHandler()));
        }
        return http
                // the webapps' own logout button must end the Spring session too, or the user stays logged in
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(webappLogout, workspaceLogout))
                        .logoutSuccessHandler(logoutAnswer(webappLogout, identityProviders)))
                // the Camunda webapps bring their own CSRF protection (XSRF-TOKEN cookie + header)
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
                .headers(headers -> headers.addHeaderWriter(ContentSecurityPolicy.headerWriter(
                        SingleSignOnLogout.providerOrigins(identityProviders))))
                // idle and absolute time-outs, once the session's login is known
                .addFilterAfter(new SessionTimeoutFilter(timeouts), SecurityContextHolderFilter.class)
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new OrRequestMatcher(
                                        new AntPathRequestMatcher("/camunda/api/**"), new AntPathRequestMatcher("/audit/api/**"),
                                        new AntPathRequestMatcher(SessionTimeLeftApi.PATH + "/**")))
                        // without the form login (passwords switched off), pages still lead to the login page
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                passwords ? request -> false : AnyRequestMatcher.INSTANCE))
                .build();
    }

    /**
     * A person in the workspace sees the login page saying they signed out (after the provider's
     * sign-out, for a person it signed in). The webapps' sign-out is a script's request, which
     * cannot follow a redirect: it is answered 200, as the webapps' own script expects, with
     * where to go next ({@link SingleSignOnLogout#forScript}), which the webapps' plugin follows.
     */
    private static LogoutSuccessHandler logoutAnswer(RequestMatcher webappLogout, ClientRegistrationRepository identityProviders) {
        LinkedHashMap<RequestMatcher, LogoutSuccessHandler> byPath = new LinkedHashMap<>();
        byPath.put(webappLogout, SingleSignOnLogout.forScript(identityProviders, "/login?logout"));
        DelegatingLogoutSuccessHandler answer = new DelegatingLogoutSuccessHandler(byPath);
        answer.setDefaultLogoutSuccessHandler(SingleSignOnLogout.toLoginPage(identityProviders, "/login?logout"));
        return answer;
    }

    /**
     * Camunda's own password checks for any user name, which would bypass the login throttle
     * and answer "right" or "wrong" to a logged-in guesser: the webapps' login endpoint (people
     * log in through /login here) and the engine API's identity/verify as the webapps serve it.
     * /engine-rest/identity/verify is closed in {@link #apiSecurity}.
     */
    private static RequestMatcher camundaPasswordChecks() {
        return new OrRequestMatcher(
                new AntPathRequestMatcher("/camunda/api/admin/auth/user/*/login/**"),
                new AntPathRequestMatcher("/camunda/api/engine/engine/*" + IDENTITY_VERIFY));
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
