package org.supervision.session;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.supervision.agreement.AgreementStarter;
import org.supervision.agreement.ReviewReason;
import org.supervision.support.AgreementForms;
import org.supervision.support.Fixtures;
import org.supervision.support.ProcessDriver;

/** Gets a supervisee to a signed agreement and fills the session forms as the parties would. */
public final class SessionTestSupport {

    private final ProcessDriver driver;
    private final RuntimeService runtime;
    private final AgreementStarter starter;

    SessionTestSupport(ProcessEngine engine, AgreementStarter starter) {
        this.driver = new ProcessDriver(engine);
        this.runtime = engine.getRuntimeService();
        this.starter = starter;
    }

    ProcessDriver driver() {
        return driver;
    }

    /** Negotiates and signs an agreement on {@code today}; returns the management session cycle. */
    String signAgreement(String staffId, String supervisorId, LocalDate today, LocalDate firstSession, int frequencyDays,
                         boolean renewal) {
        Fixtures.today(today);
        ProcessInstance agreement = renewal ? starter.requestReview(staffId, ReviewReason.REQUESTED) : starter.start(staffId);
        String id = agreement.getId();
        driver.complete(id, "draftAgreement", supervisorId, AgreementForms.draft(frequencyDays, firstSession, today));
        driver.complete(id, "reviewAgreement", staffId, Map.of("superviseeAccepts", true));
        driver.complete(id, "supervisorSigns", supervisorId, Map.of("signatureConfirmed", true));
        driver.complete(id, "superviseeSigns", staffId, Map.of("signatureConfirmed", true));
        return cycleOf(staffId);
    }

    String cycleOf(String staffId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey(staffId).variableValueEquals("supervisionType", "MANAGEMENT")
                .singleResult().getId();
    }

    public static Map<String, Object> booking(LocalDate date) {
        return Map.of("sessionDate", date.toString(), "sessionTime", "10:00", "place", "Room 4, Civic Centre");
    }

    public static Map<String, Object> held(LocalDate on, String topic) {
        Map<String, Object> form = new HashMap<>();
        form.put("sessionOutcome", "HELD");
        form.put("heldOn", on.toString());
        form.put("supportive", "Workload feels heavy since " + topic);
        form.put("management", "Caseload of 14 reviewed; two child protection plans");
        form.put("educational", "Reflected on the home visit; read the neglect toolkit");
        form.put("mediation", "Liaison with the school nurse agreed");
        form.put("decisions", "Transfer the Smith case to the duty team");
        form.put("agreementsReached", "Weekly check-in on Fridays");
        form.put("actions", "Read the neglect toolkit | supervisee | 2026-12-31\nBook court skills course | supervisor | 2027-01-15");
        form.put("learningNeeds", "Court skills\nAssessment writing");
        return form;
    }

    static Map<String, Object> postponed(String by, String reason) {
        return Map.of("sessionOutcome", "POSTPONED", "postponedBy", by, "postponementReason", reason);
    }

    /** Books the planned session for its due date, holds it that day and has it confirmed. */
    LocalDate holdAndConfirm(String cycle, String supervisor, String supervisee, SupervisionSessionRepository sessions) {
        SupervisionSession session = sessions.findById(planned(cycle)).orElseThrow();
        LocalDate due = session.getDueOn();
        driver.complete(cycle, "bookSession", supervisor, booking(due));
        driver.today(due, cycle);
        driver.complete(cycle, "recordSession", supervisor, held(due, "the merger"));
        driver.complete(cycle, "reviewRecord", supervisee, Map.of("recordConfirmed", true));
        return due;
    }

    long planned(String cycle) {
        driver.runDueJobs(cycle);
        return ((Number) runtime.getVariable(cycle, "plannedSessionId")).longValue();
    }
}
