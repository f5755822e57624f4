package org.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervision.security.MalformedValues.Kind.ACTIONS;
import static org.supervision.security.MalformedValues.Kind.AMOUNT;
import static org.supervision.security.MalformedValues.Kind.CHOICE;
import static org.supervision.security.MalformedValues.Kind.DATE_AHEAD;
import static org.supervision.security.MalformedValues.Kind.DATE_BEHIND;
import static org.supervision.security.MalformedValues.Kind.OPTIONAL_STAFF_ID;
import static org.supervision.security.MalformedValues.Kind.OPTIONAL_TEXT;
import static org.supervision.security.MalformedValues.Kind.OPTIONAL_YES_NO;
import static org.supervision.security.MalformedValues.Kind.TEXT;
import static org.supervision.security.MalformedValues.Kind.TIME;
import static org.supervision.security.MalformedValues.Kind.WHOLE_NUMBER;
import static org.supervision.security.MalformedValues.string;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.security.MalformedValues.Kind;
import org.supervision.session.SessionTestSupport;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.Joiners;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;

/**
 * Thousands of malformed requests, generated from a fixed seed, against the product's API
 * and against task completion and process start through Camunda's REST API (and Tasklist's
 * path to it): wrong types, nulls, huge and empty values, control characters, odd dates,
 * broken JSON and CSV, serialized objects, variables the form does not have. None may
 * answer with a server error; every refusal names the field or the problem in plain words
 * without Java's names; every refused completion leaves its task open with its assignee,
 * and nothing stored: the product's tables, the process's variables and Camunda's history
 * stay as they were. The number of requests is fixed, not a time budget.
 */
@IntegrationTest
class MalformedInputFuzzTest {

    private static final long SEED = 20_261_205L;
    private static final int PER_FORM = 250;
    private static final int API_REQUESTS = 900;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final String STAFF_HEADER = "id,first_name,last_name,email,category,start_date,hours_per_week,"
            + "line_manager_id,roles,left_on\n";
    /** Every row a form submission or process start could write, and Camunda's runtime and history. */
    private static final String STORED = "select (select count(*) from supervision_agreement) || '/' "
            + "|| (select count(*) from supervision_arrangement) || '/' || (select count(*) from supervision_session) || '/' "
            + "|| (select count(*) from session_record) || '/' || (select count(*) from session_action) || '/' "
            + "|| (select count(*) from identified_learning_need) || '/' || (select count(*) from session_postponement) || '/' "
            + "|| (select count(*) from conflict_case) || '/' || (select count(*) from conflict_stage) || '/' "
            + "|| (select count(*) from training_request) || '/' || (select count(*) from act_ru_task) || '/' "
            + "|| (select count(*) from act_ru_execution) || '/' || (select count(*) from act_ru_variable) || '/' "
            + "|| (select count(*) from act_hi_detail) || '/' || (select count(*) from act_hi_procinst) || '/' "
            + "|| (select count(*) from audit_log)";

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final FuzzLog log = new FuzzLog();

    /** One form and what makes a valid submission of it; each request breaks one field. */
    record Form(String name, Map<String, Kind> fields, Map<String, String> valid, List<String> choices) {
    }

    @Test
    void malformedRequestsNeverCauseServerErrorsAndRefusedSubmissionsStoreNothing() {
        long started = System.currentTimeMillis();
        long cpuStarted = processCpuMillis();
        Random random = new Random(SEED);
        // every refused form is also logged by the engine with a stack trace; a thousand of them are not news here
        Logger engineContext = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.context");
        Level level = engineContext.getLevel();
        engineContext.setLevel(Level.OFF);
        try {
            fuzz(random, started, cpuStarted);
        } finally {
            engineContext.setLevel(level);
        }
    }

    private void fuzz(Random random, long started, long cpuStarted) {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        ProcessDriver driver = new ProcessDriver(engine);
        directory.importStaff(new StringReader(STAFF_HEADER
                + "fzsup,Fay,Supervisor,fzsup@example.org,MANAGER,2015-01-05,37,rkhan,,\n"));
        Joiners joiners = new Joiners(directory, engine);
        joiners.joinAndSign("fzbook", "fzsup");
        joiners.joinAndSign("fzrec", "fzsup");
        String recordCycle = cycleOf("fzrec");
        driver.complete(recordCycle, "bookSession", "fzsup", SessionTestSupport.booking(TODAY));
        joiners.importStaff("fzdraft", "fzsup", "");
        directory.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + "fzdraft,fzsup,MANAGEMENT,2024-02-05,\n"));
        String draftAgreement = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("supervision-agreement").processInstanceBusinessKey("fzdraft").singleResult().getId();
        Teams.logins(identity, "demo", "fzsup", "fzbook", "fzrec", "fzdraft");
        Fixtures.today(TODAY);
        driver.runDueJobs(recordCycle);
        driver.runDueJobs(draftAgreement);
        Task draft = driver.task(draftAgreement, "draftAgreement");
        Task booking = driver.task(cycleOf("fzbook"), "bookSession");
        Task recording = driver.task(recordCycle, "recordSession");

        WebClient tasklist = WebClient.browser(port, "fzsup", "demo");
        fuzzTask(random, draft, draftForm(), tasklist);
        fuzzTask(random, booking, bookingForm(), tasklist);
        fuzzTask(random, recording, recordingForm(), tasklist);
        fuzzStart(random, "conflict-escalation", "fzbook", conflictForm());
        fuzzStart(random, "training-request", "fzbook", trainingForm());
        new ApiFuzz(random).run(API_REQUESTS);

        String summary = log.summary(System.currentTimeMillis() - started, processCpuMillis() - cpuStarted);
        System.out.println(summary);
        assertThat(log.requests()).isGreaterThanOrEqualTo(2000);
        assertThat(log.serverErrors).as(summary).isEmpty();
        assertThat(log.acceptedWrongInput).as(summary).isEmpty();
        assertThat(log.storedAfterRefusal).as(summary).isEmpty();
        assertThat(log.unclearRefusals).as(summary).isEmpty();
    }

    // --- the forms, each with a valid submission on 30 November 2026

    private static Form draftForm() {
        Map<String, Kind> fields = new LinkedHashMap<>();
        fields.put("frequencyDays", WHOLE_NUMBER);
        fields.put("durationMinutes", WHOLE_NUMBER);
        fields.put("groundRules", TEXT);
        fields.put("recordingArrangements", TEXT);
        fields.put("conflictHandling", TEXT);
        fields.put("therapyDistinction", TEXT);
        fields.put("equalityDiscussedOn", DATE_BEHIND);
        fields.put("firstSessionOn", DATE_AHEAD);
        fields.put("belowMinimumReason", OPTIONAL_TEXT);
        fields.put("complexOrHighRisk", OPTIONAL_YES_NO);
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("frequencyDays", "{\"value\": 28, \"type\": \"Integer\"}");
        valid.put("durationMinutes", "{\"value\": 90, \"type\": \"Integer\"}");
        valid.put("groundRules", string("Phones off, start on time"));
        valid.put("recordingArrangements", string("Supervisor records; both sign"));
        valid.put("conflictHandling", string("Raise it at the next session"));
        valid.put("therapyDistinction", string("Personal issues go to the employee assistance programme"));
        valid.put("equalityDiscussedOn", string("2026-11-30"));
        valid.put("firstSessionOn", string("2026-12-14"));
        return new Form("draft agreement", fields, valid, List.of());
    }

    private static Form bookingForm() {
        Map<String, Kind> fields = new LinkedHashMap<>();
        fields.put("sessionDate", DATE_AHEAD);
        fields.put("sessionTime", TIME);
        fields.put("place", TEXT);
        return new Form("book session", fields, Map.of("sessionDate", string("2026-12-07"), "sessionTime", string("10:00"),
                "place", string("Room 4, Civic Centre")), List.of());
    }

    private static Form recordingForm() {
        Map<String, Kind> fields = new LinkedHashMap<>();
        fields.put("sessionOutcome", CHOICE);
        fields.put("heldOn", DATE_BEHIND);
        for (String part : List.of("supportive", "management", "educational", "mediation", "decisions", "agreementsReached")) {
            fields.put(part, TEXT);
        }
        for (String part : List.of("disagreements", "futureItems", "caseRecordItems", "learningNeeds")) {
            fields.put(part, OPTIONAL_TEXT);
        }
        fields.put("actions", ACTIONS);
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("sessionOutcome", string("HELD"));
        valid.put("heldOn", string("2026-11-30"));
        for (String part : List.of("supportive", "management", "educational", "mediation", "decisions", "agreementsReached")) {
            valid.put(part, string("Discussed " + part));
        }
        valid.put("actions", string("Read the neglect toolkit | fzrec | 2026-12-31"));
        return new Form("record session", fields, valid, List.of("HELD", "POSTPONED", "CANCELLED"));
    }

    private static Form conflictForm() {
        Map<String, Kind> fields = new LinkedHashMap<>();
        fields.put("supervisionType", CHOICE);
        fields.put("concern", CHOICE);
        fields.put("description", TEXT);
        fields.put("desiredOutcome", OPTIONAL_TEXT);
        fields.put("superviseeId", OPTIONAL_STAFF_ID);
        return new Form("raise conflict", fields, Map.of("supervisionType", string("MANAGEMENT"), "concern", string("QUALITY"),
                "description", string("Sessions keep being cancelled")), List.of("MANAGEMENT", "QUALITY"));
    }

    private static Form trainingForm() {
        Map<String, Kind> fields = new LinkedHashMap<>();
        fields.put("title", TEXT);
        fields.put("provider", OPTIONAL_TEXT);
        fields.put("category", CHOICE);
        fields.put("cost", AMOUNT);
        fields.put("learningObjective", TEXT);
        return new Form("request training", fields, Map.of("title", string("Motivational interviewing"),
                "category", string("COURSE"), "cost", string("250"), "learningObjective", string("Work with ambivalent parents")),
                List.of("COURSE"));
    }

    // --- task completion and process start

    private void fuzzTask(Random random, Task task, Form form, WebClient tasklist) {
        Supplier<String> state = () -> stored() + " " + engine.getRuntimeService().getVariables(task.getProcessInstanceId());
        String before = state.get();
        // a required field left out is refused also where the form shows it filled in
        for (int i = 0; i < PER_FORM; i++) {
            String body = submission(random, form, List.of("agreementId", "sessionId", "plannedSessionId", "staffId",
                    "negotiationRound"));
            String action = random.nextBoolean() ? "complete" : "submit-form";
            String contentType = random.nextInt(40) == 0 ? "text/plain" : "application/json";
            boolean viaTasklist = random.nextInt(10) == 0 && contentType.equals("application/json");
            String path = (viaTasklist ? "/camunda/api/engine/engine/default" : "/engine-rest") + "/task/" + task.getId() + "/" + action;
            HttpResponse<String> response = viaTasklist ? tasklist.webappPost(path, body)
                    : send("POST", path, "fzsup", contentType, body);
            log.record((viaTasklist ? "Tasklist " : "") + "POST task/{id}/" + action + " (" + form.name() + ")", "POST",
                    path, body, response, true);
            if (response.statusCode() < 400) {
                log.accepted("POST", path, body, response);
                return; // the task is gone; the rest of this form's requests would prove nothing
            }
            Task after = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
            if (after == null || !Objects.equals(after.getAssignee(), task.getAssignee())) {
                log.stored("POST", path, body, "the task was closed or reassigned: " + (after == null ? "gone" : after.getAssignee()));
                return;
            }
            String now = state.get();
            if (!now.equals(before)) {
                log.stored("POST", path, body, "rows or variables changed: " + FuzzLog.excerpt(before, 300) + " -> "
                        + FuzzLog.excerpt(now, 300));
                before = now;
            }
        }
    }

    private void fuzzStart(Random random, String processKey, String user, Form form) {
        String before = stored();
        for (int i = 0; i < PER_FORM; i++) {
            String body = submission(random, form, List.of("raisedBy", "requestedBy", "staffId", "caseId",
                    "trainingRequestId"));
            String action = random.nextBoolean() ? "start" : "submit-form";
            String path = "/engine-rest/process-definition/key/" + processKey + "/" + action;
            HttpResponse<String> response = send("POST", path, user, "application/json", body);
            log.record("POST process-definition/key/{key}/" + action + " (" + form.name() + ")", "POST", path, body,
                    response, true);
            if (response.statusCode() < 400) {
                log.accepted("POST", path, body, response);
                before = stored();
                continue;
            }
            String now = stored();
            if (!now.equals(before)) {
                log.stored("POST", path, body, "rows changed: " + before + " -> " + now);
                before = now;
            }
        }
    }

    /** A valid submission with one thing broken: a field, the variables, or the body as a whole. */
    private static String submission(Random random, Form form, List<String> processState) {
        int what = random.nextInt(100);
        if (what < 6) {
            List<String> bodies = List.of("null", "", "{", "{\"variables\": ", "[]", "42", "\"text\"", "{\"variables\": []}",
                    "{\"variables\": \"none\"}", "{\"variables\": {\"x\": null}}", "{\"variables\": null}", "{\"variables\": {}}",
                    "{\"variables\": {\"\": {\"value\": \"x\"}}}", "\u0000", "{\"variables\": {\"" + "v".repeat(300)
                            + "\": {\"value\": \"x\"}}}");
            return bodies.get(random.nextInt(bodies.size()));
        }
        Map<String, String> variables = new LinkedHashMap<>(form.valid());
        List<String> textFields = form.fields().entrySet().stream()
                .filter(field -> field.getValue() == TEXT || field.getValue() == OPTIONAL_TEXT).map(Map.Entry::getKey).toList();
        for (String field : textFields) {
            if (random.nextInt(4) == 0) {
                variables.put(field, string(MalformedValues.unicodeText(random)));
            }
        }
        if (what < 12) {
            // the process's own state, which only the process may set
            variables.put(processState.get(random.nextInt(processState.size())),
                    random.nextBoolean() ? "{\"value\": 1, \"type\": \"Long\"}" : string("someone-else"));
        } else {
            List<String> names = new ArrayList<>(form.fields().keySet());
            String field = names.get(random.nextInt(names.size()));
            List<String> choices = form.choices().isEmpty() ? List.of("VALUE") : form.choices();
            String value = MalformedValues.malformed(form.fields().get(field), random,
                    List.of(choices.get(random.nextInt(choices.size()))));
            if (value.equals(MalformedValues.OMIT)) {
                variables.remove(field);
            } else {
                variables.put(field, value);
            }
        }
        StringBuilder json = new StringBuilder("{\"variables\": {");
        variables.forEach((name, value) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ", ")
                .append(MalformedValues.json(name)).append(": ").append(value));
        return json.append("}}").toString();
    }

    // --- the product's API and Camunda's REST API

    /** Requests to every endpoint of the product's API (and a few of Camunda's that answered 500) as users allowed to call them. */
    private final class ApiFuzz {

        private final Random random;

        ApiFuzz(Random random) {
            this.random = random;
        }

        void run(int requests) {
            long caseId = engine.getRuntimeService().createProcessInstanceQuery().count(); // any number: it need not exist
            for (int i = 0; i < requests; i++) {
                switch (random.nextInt(27)) {
                    case 0 -> get("GET /api/staff/{staffId}/sessions", "/api/staff/" + staffId() + "/sessions", "fzbook");
                    case 1 -> get("GET /api/staff/{staffId}/sessions/{sessionId}/record",
                            "/api/staff/" + staffId() + "/sessions/" + number() + "/record", "fzbook");
                    case 2 -> get("GET /api/staff/{staffId}/agreements", "/api/staff/" + staffId() + "/agreements", "fzsup");
                    case 3 -> post("POST /api/staff/{staffId}/agreement-reviews",
                            "/api/staff/" + pick("x".repeat(65), "z".repeat(3000), "nobody%00", "%20", "fz%E2%80%AEbook") + "/agreement-reviews",
                            "fzbook", "application/json", "{}");
                    case 4 -> get("GET /api/staff/{staffId}/learning-plan", "/api/staff/" + staffId() + "/learning-plan", "fzbook");
                    case 5 -> get("GET /api/staff/{staffId}/training-requests", "/api/staff/" + staffId() + "/training-requests", "fzbook");
                    case 6 -> get("GET /api/staff/{staffId}/cpd", "/api/staff/" + staffId() + pick("/cpd", "/cpd.csv"), "fzbook");
                    case 7 -> post("POST /api/staff/{staffId}/cpd", "/api/staff/" + pick("fzrec", staffId()) + "/cpd", "fzrec",
                            contentType(), object(random, "date", "activity", "category", "hours", "reflection", "evidenceLink"));
                    case 8 -> get("GET /api/staff/{staffId}/work-plans", "/api/staff/" + staffId() + "/work-plans", "fzbook");
                    case 9 -> post("POST /api/staff/{staffId}/record-access-grants", "/api/staff/" + staffId()
                            + "/record-access-grants", "dmorgan", contentType(), object(random, "reasonCategory", "reason", "days"));
                    case 10 -> get("GET /api/staff/{staffId}/record-access-grants", "/api/staff/" + staffId()
                            + "/record-access-grants", "dmorgan");
                    case 11 -> post("POST /api/conflicts", "/api/conflicts", "fzrec", contentType(),
                            object(random, "superviseeId", "supervisionType", "concern", "description", "desiredOutcome"));
                    case 12 -> get("GET /api/conflicts/{caseId}", "/api/conflicts" + pick("", "/" + number(), "/" + caseId), "fzrec");
                    case 13 -> post("POST /api/conflicts/{caseId}/withdrawal or three-way-request", "/api/conflicts/" + number()
                            + pick("/withdrawal", "/three-way-request"), "fzrec", contentType(), object(random, "reason"));
                    case 14 -> post("POST /api/training-requests", "/api/training-requests", "fzrec", contentType(),
                            object(random, "title", "provider", "category", "cost", "learningObjective"));
                    case 15 -> post("POST /api/supervisors/me/self-assessment", "/api/supervisors/me/self-assessment", "fzsup",
                            contentType(), object(random, "reflectivePractice", "supervisionSkills", "policiesProcedures", "pcf", "notes"));
                    case 16 -> get("GET /api/learning/open-needs and /api/supervisors/development-flags",
                            pick("/api/learning/open-needs?x=" + enc(text()), "/api/supervisors/development-flags?" + enc(text())),
                            pick("jcooper", "rkhan"));
                    case 17 -> refused("POST /api/appraisals/launches", "POST", "/api/appraisals/launches", "hbaker",
                            pick(brokenJson(), "{\"period\": " + value() + ", \"year\": 2027}",
                                    "{\"period\": \"MID_YEAR\", \"year\": " + pick("1999", "99999999999", "\"next year\"", "null", "2027.5",
                                            "-1", "[2027]") + "}"));
                    case 18 -> get("GET /api/appraisals/{id} and /launches/{id} and /performance-concern",
                            "/api/appraisals/" + pick("", "launches/") + number() + pick("", "/performance-concern"), "hbaker");
                    case 19 -> get("GET /api/audit/trail(.csv|.json)", "/api/audit/trail" + pick("", ".csv", ".json") + "?staffId="
                            + staffId() + "&from=" + enc(date()) + "&to=" + enc(date()) + "&actor=" + enc(text())
                            + "&businessKey=" + enc(pick("", text())) + "&process=" + enc(text()), "alee");
                    case 20 -> get("GET /api/audit/staff, /instances, /instances/{id}, /verification", pick(
                            "/api/audit/staff?q=" + enc(text()), "/api/audit/instances?staffId=" + staffId(),
                            "/api/audit/instances/" + staffId(), "/api/audit/verification"),
                            "alee");
                    case 21 -> {
                        refused("PUT /api/demo/clock", "PUT", "/api/demo/clock", "admin", pick(brokenJson(), "{\"date\": " + pick(
                                "null", "\"9999-12-31\"", "\"0000-01-01\"", "\"2026-02-30\"", "\"+999999999-12-31\"", "\"1999-12-31\"",
                                "\"\"", "42", "true", "[\"2026-12-01\"]", "{}", "\"30/11/2026\"") + "}", "{}"));
                        Fixtures.today(TODAY);
                    }
                    case 22 -> post("POST /api/staff/import and /supervision/import (broken CSV)",
                            pick("/api/staff/import", "/api/staff/supervision/import"), "hbaker", "text/csv", pick(
                                    "id,first_name\n\"unterminated\n", "", "a;b;c\n1;2;3\n",
                                    "id,first_name,last_name,email,category,start_date,hours_per_week,line_manager_id,roles,left_on\n"
                                            + "x".repeat(3000) + ",A,B,c@example.org,SOCIAL_WORKER,9999-12-31,999,,,\n",
                                    "supervisee_id,supervisor_id,type,valid_from,valid_to\nfzbook,nobody,WEEKLY,2026-02-30,\n"));
                    case 23 -> post("POST /api/staff/import (broken multipart)", "/api/staff/import", "hbaker",
                            "multipart/form-data; boundary=" + pick("xyz", "", "\"unclosed"),
                            pick("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nid\n",
                                    "no multipart at all", "--xyz--\r\n", "--xyz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--xyz--\r\n"));
                    case 24 -> camunda("GET /engine-rest/metrics", "GET", "/engine-rest/metrics?maxResults="
                            + pick("201", "1000", "-1", "abc", "99999999999", "") + "&firstResult=" + pick("0", "-5", "x"), null);
                    case 25 -> camunda("POST /engine-rest/{group,user,tenant}/create", "POST", pick("/engine-rest/group/create",
                            "/engine-rest/tenant/create", "/engine-rest/user/create"), pick("null", "{}", brokenJson(),
                            "{\"id\": " + value() + ", \"name\": " + value() + "}",
                            "{\"profile\": {\"id\": " + value() + ", \"firstName\": " + value() + "}, \"credentials\": {\"password\": \"pw\"}}"));
                    default -> camunda("POST /engine-rest (null bodies and variables)", "POST", pick("/engine-rest/message",
                            "/engine-rest/signal", "/engine-rest/task/" + text().hashCode() + "/complete", "/engine-rest/process-instance",
                            "/engine-rest/authorization/create", "/engine-rest/process-definition/key/training-request/start"),
                            pick("null", "{}", brokenJson(), "{\"messageName\": \"x\", \"processVariables\": {\"a\": null}}",
                                    "{\"name\": \"x\", \"variables\": {\"a\": {\"value\": \"rO0AB\", \"type\": \"Object\"}}}",
                                    "{\"variables\": {\"title\": " + MalformedValues.malformed(TEXT, random, List.of("X")) + "}}"));
                }
            }
        }

        private void get(String endpoint, String path, String user) {
            log.record(endpoint, "GET", path, null, send("GET", path, user, null, null), reachesTheProduct(path));
        }

        private void post(String endpoint, String path, String user, String contentType, String body) {
            log.record(endpoint, "POST", path, body, send("POST", path, user, contentType, body), reachesTheProduct(path));
        }

        /**
         * Tomcat itself refuses an encoded NUL in the address and a request line over its 8 KB limit, with its own
         * page, before any of the product runs; those answers are only checked for being no server error.
         */
        private boolean reachesTheProduct(String path) {
            return path.length() < 8000 && !path.substring(0, path.contains("?") ? path.indexOf('?') : path.length()).contains("%00");
        }

        /** An endpoint whose every generated body is wrong (a valid one would launch appraisals or move the clock). */
        private void refused(String endpoint, String method, String path, String user, String body) {
            HttpResponse<String> response = send(method, path, user, contentType(), body);
            log.record(endpoint, method, path, body, response, true);
            if (response.statusCode() < 400) {
                log.accepted(method, path, body, response);
            }
        }

        /** Camunda's own endpoints: no server error; their refusals keep Camunda's wording. */
        private void camunda(String endpoint, String method, String path, String body) {
            String user = path.contains("training-request") ? "fzrec" : "admin";
            log.record(endpoint, method, path, body, send(method, path, user, body == null ? null : "application/json", body), false);
        }

        private String staffId() {
            return pick("fzbook", "fzrec", "x".repeat(65), "z".repeat(3000), "nobody", "%C3%A9l%C3%A8ve", "%D7%A9%D7%9C%D7%95%D7%9D",
                    "%F0%9F%91%A9", "fz%00book", "%20", "a%09b", "..", "%2E%2E", "fz%0Abook", "fzbook%22%3B");
        }

        private String number() {
            return pick("abc", "-1", "0", "1.5", "99999999999999999999", "1e3", "%20", "9223372036854775807", "NaN", "%00");
        }

        private String date() {
            return pick("9999-12-31", "0000-01-01", "2026-02-30", "2026-13-01", "31/12/2026", "", "+999999999-12-31",
                    "-000001-01-01", "2026-11-30", "x");
        }

        private String text() {
            return pick("", "x".repeat(65), "y".repeat(5000), "\u0000", "a\u0000b", MalformedValues.unicodeText(random),
                    "' or 1=1 --", "<script>alert(1)</script>", "\ud800");
        }

        private String contentType() {
            return random.nextInt(20) == 0 ? pick("text/plain", "application/xml", "application/x-www-form-urlencoded")
                    : "application/json";
        }

        /** A JSON object with the endpoint's fields, each present with a malformed value, or a broken body. */
        private String object(Random random, String... fields) {
            if (random.nextInt(8) == 0) {
                return brokenJson();
            }
            StringBuilder json = new StringBuilder("{");
            for (String field : fields) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                json.append(json.length() == 1 ? "" : ", ").append('"').append(field).append("\": ").append(value());
            }
            return json.append('}').toString();
        }

        private String value() {
            return pick("null", "42", "-1", "1.5e308", "true", "[]", "[1, \"a\"]", "{}", "{\"a\": {\"b\": 1}}", "\"\"",
                    MalformedValues.json("x".repeat(5000)), MalformedValues.json("\u0000"), MalformedValues.json("a\u0007b"),
                    MalformedValues.json(MalformedValues.unicodeText(random)), "\"9999-12-31\"", "\"0000-01-01\"", "\"2026-02-30\"",
                    "\"COURSE\"", "\"CONDUCT\"", "\"MANAGEMENT\"", "99999999999999999999", "\"NaN\"", "\"-5\"",
                    MalformedValues.json("\ud800"));
        }

        private String brokenJson() {
            return pick("", "{", "{\"a\": ", "[1, 2", "nul", "\"text\"", "42", "true", "[]", "null", "{\"a\": 1,}", "{'a': 1}",
                    "\u0000", "{\"a\": \"\\u00\"}", "{\"a\":" + "[".repeat(2000) + "}");
        }

        private String pick(String... options) {
            return options[random.nextInt(options.length)];
        }

        private String enc(String text) {
            return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }

    // --- plumbing

    private HttpResponse<String> send(String method, String path, String user, String contentType, String body) {
        String password = user.equals("admin") ? "test-admin-password" : "demo";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    /** CPU time of this JVM (server and client), which unlike wall time does not grow when other builds share the machine. */
    private static long processCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private String stored() {
        return jdbc.queryForObject(STORED, String.class);
    }

    private String cycleOf(String staffId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey(staffId).variableValueEquals("supervisionType", "MANAGEMENT").singleResult().getId();
    }
}
