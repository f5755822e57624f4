package org.supervision.compliance;

import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The compliance figures as JSON, with the same access rules as the page. */
@RestController
class ComplianceController {

    private final ComplianceReports reports;

    ComplianceController(ComplianceReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "Supervision compliance (dates and counts only) of the organisation, a line manager's area,"
            + " a supervisor's team or a person, for a period, with one level of drill-down and the monthly trend")
    @GetMapping("/api/compliance")
    ComplianceReport compliance(
            @Parameter(description = "any value: the whole organisation (HR, directors, auditors)") @RequestParam(required = false) String organisation,
            @Parameter(description = "staff id of a line manager: everyone below them") @RequestParam(required = false) String area,
            @Parameter(description = "staff id of a supervisor: their 1:1 supervisees") @RequestParam(required = false) String team,
            @Parameter(description = "staff id of one person") @RequestParam(required = false) String person,
            @Parameter(description = "3m, 6m, 12m (default) or year-YYYY, the policy year starting that year") @RequestParam(required = false) String period,
            Principal user) {
        Scope scope = ComplianceRequest.scope(organisation, area, team, person);
        Period asked = ComplianceRequest.period(reports, period);
        return reports.report(user.getName(), scope, asked);
    }
}
