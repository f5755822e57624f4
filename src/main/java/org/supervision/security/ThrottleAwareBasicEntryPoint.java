package org.supervision.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * HTTP Basic's answer to a refused login: 401 with the Basic challenge for a wrong or
 * missing password (the same for every user name), 429 with Retry-After and a plain
 * sentence while {@link LoginThrottle} refuses the source, so a program backs off instead
 * of retrying and a person reading its log knows why.
 */
final class ThrottleAwareBasicEntryPoint implements AuthenticationEntryPoint {

    private final BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();

    ThrottleAwareBasicEntryPoint(String realm) {
        challenge.setRealmName(realm);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        if (refusal instanceof LoginThrottledException throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(throttled.getMessage().getBytes(StandardCharsets.UTF_8));
        } else {
            challenge.commence(request, response, refusal);
        }
    }
}
