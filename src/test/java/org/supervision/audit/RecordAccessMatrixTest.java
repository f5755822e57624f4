package org.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.supervision.session.SessionTestSupport;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.Joiners;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who can read supervisee A's 1:1 supervision record, on every surface: the
 * product's API, the workspace's pages (with a logged-in browser session), Camunda's REST
 * API (runtime and history) and the auditors' API. The record carries a marker phrase; a
 * leak is a refused role getting an answer, or the phrase showing up anywhere except in the
 * product's record API and the supervisee's page for those entitled.
 */
@IntegrationTest
@AlsoOnPostgres
class RecordAccessMatrixTest {

    static final String MARKER = "MARKER-7f3a private worry about the home visit";

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired ProcessEngine engine;

    @Test
    void onlyTheSuperviseeTheSupervisorTheLineAboveAndADirectorWithAReasonReadARecord() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        directory.importStaff(new StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\nmxsup,Max,Supervisor,mxsup@example.org,MANAGER,2015-01-05,37,rkhan,,\n"));
        Joiners joiners = new Joiners(directory, engine);
        joiners.joinAndSign("mxa", "mxsup");
        joiners.joinAndSign("mxb", "mxsup");
        Teams.logins(identity, "demo", "mxsup", "mxa", "mxb");
        ProcessDriver driver = new ProcessDriver(engine);
        String cycle = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey("mxa").singleResult().getId();
        driver.complete(cycle, "bookSession", "mxsup", SessionTestSupport.booking(LocalDate.of(2026, 11, 30)));
        driver.today(LocalDate.of(2026, 11, 30), cycle);
        Map<String, Object> record = SessionTestSupport.held(LocalDate.of(2026, 11, 30), "the move");
        record.put("supportive", MARKER);
        driver.complete(cycle, "recordSession", "mxsup", record);
        driver.complete(cycle, "reviewRecord", "mxa", Map.of("recordConfirmed", true));
        String session = WebClient.basic(port, "mxa", "demo").get("/api/staff/mxa/sessions").body()
                .replaceAll("(?s).*?\"id\":(\\d+).*", "$1");

        List<Reader> roles = List.of(new Reader("supervisee A", "mxa"), new Reader("supervisee B (same supervisor)", "mxb"),
                new Reader("supervisor", "mxsup"), new Reader("other supervisor", "pjones"),
                new Reader("line manager above the supervisor", "rkhan"), new Reader("other manager", "lwilson"),
                new Reader("HR", "hbaker"), new Reader("director without a grant", "dmorgan"), new Reader("auditor", "alee"),
                new Reader("administrator", "admin"));
        Set<String> entitled = Set.of("supervisee A", "supervisor", "line manager above the supervisor",
                "director with a grant");

        List<String> productApi = List.of("/api/staff/mxa/agreements", "/api/staff/mxa/sessions",
                "/api/staff/mxa/sessions/" + session + "/record");
        List<String> elsewhere = List.of("/engine-rest/history/variable-instance?processInstanceId=" + cycle,
                "/engine-rest/history/detail?processInstanceId=" + cycle,
                "/engine-rest/history/task?processInstanceId=" + cycle,
                "/engine-rest/variable-instance?processInstanceIdIn=" + cycle,
                "/engine-rest/task?processInstanceId=" + cycle,
                "/engine-rest/process-instance/" + cycle + "/variables",
                "/api/audit/trail?staffId=mxa");
        // the workspace, as each person's browser sees it: the supervisee's page holds the record;
        // every person's own pages (lists, homes, queues) never do
        List<String> workspaceRecordPages = List.of("/supervisees/mxa");
        List<String> workspaceElsewhere = List.of("/supervisees", "/teams", "/tasks", "/my-supervision", "/hr/conflicts",
                "/need-to-know");

        List<String> leaks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int cases = check(roles, entitled, productApi, elsewhere, leaks, missing);
        cases += checkWorkspace(roles, entitled, workspaceRecordPages, workspaceElsewhere, leaks, missing);
        // the same director, once she has asked with a reason
        assertThat(WebClient.basic(port, "dmorgan", "demo").post("/api/staff/mxa/record-access-grants", "application/json",
                "{\"reasonCategory\":\"RISK_TO_STAFF_OR_USERS\",\"reason\":\"Serious incident review SI-22\"}").statusCode())
                .isEqualTo(201);
        List<Reader> grantedDirector = List.of(new Reader("director with a grant", "dmorgan"));
        cases += check(grantedDirector, entitled, productApi, elsewhere, leaks, missing);
        cases += checkWorkspace(grantedDirector, entitled, workspaceRecordPages, workspaceElsewhere, leaks, missing);

        System.out.printf("Record access matrix: %d cases (%d roles x %d surfaces), %d leaks, %d refused wrongly%n",
                cases, roles.size() + 1, productApi.size() + elsewhere.size() + workspaceRecordPages.size()
                        + workspaceElsewhere.size(), leaks.size(), missing.size());
        assertThat(leaks).as("leaks").isEmpty();
        assertThat(missing).as("entitled but refused").isEmpty();
    }

    /** Someone in a role, with their login. */
    record Reader(String role, String login) {

        String password() {
            return login.equals("admin") ? "test-admin-password" : "demo";
        }
    }

    /** The same rule for the workspace, through a browser's login session as people use it. */
    private int checkWorkspace(List<Reader> roles, Set<String> entitled, List<String> recordPages, List<String> elsewhere,
                               List<String> leaks, List<String> missing) {
        int cases = 0;
        for (Reader reader : roles) {
            WebClient browser = WebClient.browser(port, reader.login(), reader.password());
            boolean mayRead = entitled.contains(reader.role());
            for (String path : recordPages) {
                cases++;
                HttpResponse<String> page = browser.get(path);
                boolean read = page.statusCode() == 200 && page.body().contains(MARKER);
                if (page.body().contains(MARKER) && !mayRead) {
                    leaks.add(reader.role() + ": the workspace page " + path + " shows the record");
                } else if (page.statusCode() == 200 && !mayRead) {
                    leaks.add(reader.role() + ": the workspace page " + path + " answered 200");
                } else if (!read && mayRead) {
                    missing.add(reader.role() + ": the workspace page " + path + " answered " + page.statusCode()
                            + (page.statusCode() == 200 ? " without the record's text" : ""));
                }
            }
            for (String path : elsewhere) {
                cases++;
                HttpResponse<String> page = browser.get(path);
                if (page.body().contains(MARKER)) {
                    leaks.add(reader.role() + ": the record's text on the workspace page " + path);
                } else if (page.statusCode() >= 500) {
                    missing.add(reader.role() + ": the workspace page " + path + " failed with " + page.statusCode());
                }
            }
        }
        return cases;
    }

    private int check(List<Reader> roles, Set<String> entitled, List<String> productApi, List<String> elsewhere,
                      List<String> leaks, List<String> missing) {
        int cases = 0;
        for (Reader reader : roles) {
            WebClient client = WebClient.basic(port, reader.login(), reader.password());
            boolean mayRead = entitled.contains(reader.role());
            for (String path : productApi) {
                cases++;
                HttpResponse<String> answer = client.get(path);
                boolean read = answer.statusCode() == 200;
                if (read && !mayRead) {
                    leaks.add(reader.role() + ": " + path + " answered 200");
                } else if (!read && mayRead) {
                    missing.add(reader.role() + ": " + path + " answered " + answer.statusCode());
                }
                if (path.endsWith("/record") && read && !answer.body().contains(MARKER)) {
                    missing.add(reader.role() + ": the record lacks its text");
                }
            }
            for (String path : elsewhere) {
                cases++;
                if (client.get(path).body().contains(MARKER)) {
                    leaks.add(reader.role() + ": the record's text through " + path);
                }
            }
        }
        return cases;
    }
}
