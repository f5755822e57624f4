package org.supervision.security;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Actuator endpoints. They are served only on the management port
 * ({@code management.server.port}, 8081), which no Service, port mapping or ingress
 * publishes (see application.yml and deploy/). This chain comes before the others and
 * matches only requests to actuator endpoints; with a separate management port
 * {@link EndpointRequest} matches nothing on the application port, so {@code /actuator/**}
 * there falls to the ordinary login (and does not exist).
 *
 * <ul>
 * <li>Health, including {@code /actuator/health/liveness} and {@code /readiness}: no login,
 * because the kubelet and Docker's HEALTHCHECK cannot log in. Anonymous callers get the
 * status only ({@code show-details: when-authorized}).</li>
 * <li>Everything else ({@code /actuator/prometheus}, the index): HTTP Basic as a member of
 * {@code supervision.operations.metrics-groups}, since any pod inside the cluster can reach
 * the management port. Stateless: no session, so no CSRF exposure.</li>
 * </ul>
 */
@Configuration
class ActuatorSecurityConfig {

    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurity(HttpSecurity http,
                                         @Value("${supervision.operations.metrics-groups}") List<String> metricsGroups) throws Exception {
        String[] authorities = metricsGroups.stream().map(String::trim).filter(g -> !g.isEmpty())
                .map(group -> "GROUP_" + group).toArray(String[]::new);
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasAnyAuthority(authorities))
                .httpBasic(basic -> basic.realmName("supervision-management"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.addHeaderWriter(ContentSecurityPolicy.headerWriter()))
                .build();
    }
}
