package org.supervision.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * The login form's answer to a refused login: back to the login page ("The user name or password is not right",
 * the same for every user name) for a wrong password; a short page saying
 * why and how long to wait (429, Retry-After) while {@link LoginThrottle} refuses the
 * source, because the login page would say the password is wrong even for the right
 * password, and someone sharing a network with a guesser would not know what to do.
 */
final class ThrottleAwareLoginFailureHandler implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler wrongCredentials = new SimpleUrlAuthenticationFailureHandler("/login?error");

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException, ServletException {
        if (refusal instanceof LoginThrottledException throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
            response.setContentType("text/html;charset=UTF-8");
            String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Login refused for now</title></head>"
                    + "<body><h1>Login refused for now</h1><p class=\"refusal\">" + throttled.getMessage() + "</p>"
                    + "<p><a href=\"" + request.getContextPath() + "/login\">Back to the login page</a></p></body></html>\n";
            response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
        } else {
            wrongCredentials.onAuthenticationFailure(request, response, refusal);
        }
    }
}
