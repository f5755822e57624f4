package org.supervision.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a person out when their session has been idle, or signed in, too long
 * ({@link SessionTimeouts}). Every request of a signed-in session counts as use, except the
 * workspace's question how much time is left ({@link SessionTimeLeftApi}). A page asked for
 * after the end goes to the login page, which says why; anything else is answered as for
 * anybody not signed in (401 for the webapps' and the workspace's scripts).
 */
class SessionTimeoutFilter extends OncePerRequestFilter {

    private final SessionTimeouts timeouts;

    SessionTimeoutFilter(SessionTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (session == null || user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = timeouts.now();
        if (!(session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn signedIn) || !signedIn.user().equals(user.getName())) {
            timeouts.start(session, user.getName());
            chain.doFilter(request, response);
            return;
        }
        Optional<SessionTimeouts.Ending> ending = timeouts.ending(signedIn, now);
        boolean timeLeftQuestion = SessionTimeLeftApi.isTimeLeftQuestion(request);
        // the question is answered "none" and the page then reloads itself: that request ends the session, saying why
        if (ending.isPresent() && !timeLeftQuestion) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (isPage(request)) {
                response.sendRedirect(request.getContextPath() + "/login?timeout=" + ending.get().name().toLowerCase(Locale.ROOT));
                return;
            }
        } else if (ending.isEmpty() && !timeLeftQuestion) {
            session.setAttribute(SignedIn.ATTRIBUTE, signedIn.active(now));
        }
        chain.doFilter(request, response);
    }

    /** A page a person opened (not a script's call), so the login page can tell them why they are there. */
    private static boolean isPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")
                && !path.startsWith("/camunda/api/") && !path.startsWith("/audit/api/") && !path.startsWith(SessionTimeLeftApi.PATH);
    }
}
