package org.supervision.support;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.supervision.staff.StaffDirectoryImport;

/** A new member of staff, imported as HR would, who then negotiates and signs an agreement. */
public final class Joiners {

    private final StaffDirectoryImport directory;
    private final ProcessEngine engine;
    private final ProcessDriver driver;

    public Joiners(StaffDirectoryImport directory, ProcessEngine engine) {
        this.directory = directory;
        this.engine = engine;
        this.driver = new ProcessDriver(engine);
    }

    /** Imports a social worker supervised by {@code supervisorId}; {@code leftOn} may be empty. */
    public void importStaff(String staffId, String supervisorId, String leftOn) {
        directory.importStaff(new StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\n" + staffId + ",Quinn," + staffId + "," + staffId
                + "@example.org,SOCIAL_WORKER,2024-02-05,37," + supervisorId + ",," + leftOn + "\n"));
    }

    /** Joins on today's date and signs an agreement with monthly sessions from 30 November 2026. */
    public ProcessInstance joinAndSign(String staffId, String supervisorId) {
        importStaff(staffId, supervisorId, "");
        directory.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + staffId + "," + supervisorId + ",MANAGEMENT,2024-02-05,\n"));
        ProcessInstance agreement = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("supervision-agreement").processInstanceBusinessKey(staffId).singleResult();
        driver.runDueJobs(agreement.getId());
        driver.complete(agreement.getId(), "draftAgreement", supervisorId,
                AgreementForms.draft(28, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 23)));
        driver.complete(agreement.getId(), "reviewAgreement", staffId, Map.of("superviseeAccepts", true));
        driver.complete(agreement.getId(), "supervisorSigns", supervisorId, Map.of("signatureConfirmed", true));
        driver.complete(agreement.getId(), "superviseeSigns", staffId, Map.of("signatureConfirmed", true));
        return agreement;
    }
}
