package org.supervision.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the workspace's warning before a session ends (workspace.js): how much time is left,
 * asked without counting as use, and "Stay signed in", which counts as use like any request.
 */
@RestController
class SessionTimeLeftApi {

    static final String PATH = "/signed-in";
    private static final String TIME_LEFT = PATH + "/time-left";

    private final SessionTimeouts timeouts;

    SessionTimeLeftApi(SessionTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    static boolean isTimeLeftQuestion(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && request.getRequestURI().substring(request.getContextPath().length()).equals(TIME_LEFT);
    }

    @GetMapping(TIME_LEFT)
    ResponseEntity<SessionTimeouts.TimeLeft> timeLeft(HttpServletRequest request) {
        return timeouts.timeLeft(request.getSession(false)).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).build());
    }

    @PostMapping(PATH + "/stay")
    ResponseEntity<SessionTimeouts.TimeLeft> stay(HttpServletRequest request) {
        return timeLeft(request);
    }
}
