package org.supervision.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses the calls of Camunda's REST API (under {@code /engine-rest} for programs and
 * {@code /camunda/api/engine/engine/<name>} for Tasklist and Cockpit) that are nobody's
 * business in this product, or that Camunda's authorizations do not cover:
 * <ul>
 * <li>for everyone: comments and attachments on tasks (free text kept in the engine's
 * history outside the records, readable by whoever may read the task);
 * <li>for everyone but administrators: setting variables outside a form, job retries and
 * execution (the history clean-up job belongs to no process, so no process permission
 * covers it), signals, messages and conditions, and editing or removing a user (names and
 * e-mail addresses come from the staff directory; people may change their own password);
 * </ul>
 * Answers 403 with a message that says why. What a completion or a start may send (the
 * fields of its form only) is checked with the rest of the request's input in
 * {@code EngineRestInputCheck}. Checking another
 * person's password ({@code identity/verify}) is closed in {@link WebSecurityConfig}.
 */
class EngineRestGuard extends OncePerRequestFilter {

    private static final Pattern ENGINE_PATH = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)$");
    private static final Pattern COMMENT_OR_ATTACHMENT = Pattern.compile("^/task/[^/]+/(comment|attachment)/create/?$");
    private static final Pattern VARIABLE_WRITE = Pattern.compile(
            "^/(task|process-instance|execution|case-instance|case-execution)/[^/]+/(variables|localVariables)(/.*)?$");
    private static final Pattern JOB_QUERY = Pattern.compile("^/(job|job-definition)(/count)?/?$");
    private static final Pattern JOB = Pattern.compile("^/(job|job-definition)(/.*)?$");
    private static final Pattern SIGNAL_MESSAGE_CONDITION = Pattern.compile("^/(signal|message|condition)(/.*)?$");
    private static final Pattern USER = Pattern.compile("^/user/([^/]+)(/[^/]+)?/?$");
    private static final Pattern OWN_PASSWORD = Pattern.compile("^/user/([^/]+)/credentials/?$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Roles roles;

    EngineRestGuard(Roles roles) {
        this.roles = roles;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher engine = ENGINE_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (!engine.matches() || "GET".equals(request.getMethod()) || user == null) {
            chain.doFilter(request, response);
            return;
        }
        String path = engine.group(1);
        Optional<String> refusal = refusal(request.getMethod(), path, user.getName());
        if (refusal.isPresent()) {
            answer(response, refusal.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<String> refusal(String method, String path, String userId) {
        if (COMMENT_OR_ATTACHMENT.matcher(path).matches()) {
            return Optional.of("Comments and attachments are switched off: write in the task's form, where the record is "
                    + "kept and only the people entitled to it can read it");
        }
        if (roles.inAnyGroup(roles.administratorGroups())) {
            return Optional.empty();
        }
        if (VARIABLE_WRITE.matcher(path).matches()) {
            return Optional.of("Values are changed only by completing a task's form");
        }
        if (JOB.matcher(path).matches() && !(JOB_QUERY.matcher(path).matches() && "POST".equals(method))) {
            return Optional.of("Only an administrator can run, retry or change system jobs");
        }
        if (SIGNAL_MESSAGE_CONDITION.matcher(path).matches()) {
            return Optional.of("Only the product itself sends signals and messages to processes");
        }
        Matcher ownPassword = OWN_PASSWORD.matcher(path);
        if (ownPassword.matches() && ownPassword.group(1).equals(userId)) {
            return Optional.empty();
        }
        if (USER.matcher(path).matches() && !path.matches("^/user/count/?$")) {
            return Optional.of("Names and e-mail addresses come from the staff directory: ask HR to change them");
        }
        return Optional.empty();
    }

    private static void answer(HttpServletResponse response, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "Forbidden");
        body.put("message", message);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
