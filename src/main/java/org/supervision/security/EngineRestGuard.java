package org.supervision.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.supervision.engine.FormFields;
import org.supervision.shared.AsSystem;

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
 * <li>completing a task with anything but the fields of its form: every other variable is
 * process state (ids, decisions) that the product sets itself.
 * </ul>
 * Answers 403 (or 400 for a completion) with a message that says why. Checking another
 * person's password ({@code identity/verify}) is closed in {@link WebSecurityConfig}.
 */
class EngineRestGuard extends OncePerRequestFilter {

    private static final Pattern ENGINE_PATH = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)$");
    private static final Pattern COMPLETION = Pattern.compile("^/task/([^/]+)/(complete|submit-form|resolve)/?$");
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
    private final IdentityService identity;
    private final TaskService tasks;
    private final FormService forms;
    private final FormFields formFields = new FormFields();

    EngineRestGuard(Roles roles, IdentityService identity, TaskService tasks, FormService forms) {
        this.roles = roles;
        this.identity = identity;
        this.tasks = tasks;
        this.forms = forms;
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
            answer(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", refusal.get(), null);
            return;
        }
        Matcher completion = COMPLETION.matcher(path);
        if (completion.matches()) {
            CachedBodyRequest cached = new CachedBodyRequest(request);
            Optional<String> notAField = fieldNotInForm(completion.group(1), cached.body());
            if (notAField.isPresent()) {
                answer(response, HttpServletResponse.SC_BAD_REQUEST, "TaskInputException",
                        notAField.get() + ": is not a field of this task's form; only its fields can be sent", notAField.get());
                return;
            }
            chain.doFilter(cached, response);
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

    /** The first submitted variable that is not a field of the task's form, if any. */
    private Optional<String> fieldNotInForm(String taskId, byte[] body) {
        JsonNode variables;
        try {
            variables = body.length == 0 ? null : JSON.readTree(body).path("variables");
        } catch (IOException malformed) {
            return Optional.empty(); // Camunda answers malformed JSON itself
        }
        if (variables == null || !variables.isObject() || variables.isEmpty()) {
            return Optional.empty();
        }
        if (!mayRead(taskId)) {
            return Optional.empty(); // Camunda refuses the completion itself, without saying whether the task exists
        }
        Optional<Set<String>> form = AsSystem.call(identity, () -> formFields.ofTask(tasks, forms, taskId));
        if (form.isEmpty()) {
            return Optional.empty();
        }
        Set<String> fields = form.get();
        for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private boolean mayRead(String taskId) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("GROUP_")).map(authority -> authority.substring(6)).toList();
        // this filter runs before Camunda's, which sets the request's user for the engine afterwards
        identity.setAuthentication(user.getName(), groups);
        try {
            return tasks.createTaskQuery().taskId(taskId).count() == 1;
        } finally {
            identity.clearAuthentication();
        }
    }

    private static void answer(HttpServletResponse response, int status, String type, String message, String field)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
