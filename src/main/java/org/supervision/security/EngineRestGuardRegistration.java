package org.supervision.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link EngineRestGuard} after Spring Security (it needs the user) and before Camunda's own filters. */
@Configuration
class EngineRestGuardRegistration {

    @Bean
    FilterRegistrationBean<EngineRestGuard> engineRestGuard(Roles roles) {
        FilterRegistrationBean<EngineRestGuard> registration = new FilterRegistrationBean<>(new EngineRestGuard(roles));
        registration.setName("engine-rest-guard");
        registration.addUrlPatterns(WebSecurityConfig.ENGINE_REST + "/*", "/camunda/api/engine/*");
        registration.setOrder(100);
        return registration;
    }
}
