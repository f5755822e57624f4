package org.supervision.compliance;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.supervision.shared.WorkspacePage;

/**
 * "Supervision compliance" in the workspace: the figures of the scope the person may see, one
 * level down as links (organisation, area, team, person), the monthly trend as a chart with its
 * table, and the same figures as CSV and XLSX downloads.
 */
@WorkspacePage
class CompliancePage {

    private final ComplianceReports reports;

    CompliancePage(ComplianceReports reports) {
        this.reports = reports;
    }

    @GetMapping("/compliance")
    String page(@RequestParam(required = false) String organisation, @RequestParam(required = false) String area,
                @RequestParam(required = false) String team, @RequestParam(required = false) String person,
                @RequestParam(required = false) String period, Principal user, Model model, HttpServletResponse response) {
        ComplianceReport report;
        try {
            report = report(organisation, area, team, person, period, user);
        } catch (ComplianceProblem problem) {
            return refused(problem, model, response);
        }
        model.addAttribute("report", report);
        model.addAttribute("chart", TrendChart.of(report.trend()));
        model.addAttribute("periods", reports.periods());
        // a link named a scope: offer the way back to where the page starts
        model.addAttribute("drilledDown", organisation != null || area != null || team != null || person != null);
        return "compliance/compliance";
    }

    @GetMapping("/compliance/export.csv")
    Object csv(@RequestParam(required = false) String organisation, @RequestParam(required = false) String area,
               @RequestParam(required = false) String team, @RequestParam(required = false) String person,
               @RequestParam(required = false) String period, Principal user, Model model, HttpServletResponse response) {
        return export(organisation, area, team, person, period, user, model, response, report -> download(
                ComplianceExports.csv(report).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8), fileName(report, "csv")));
    }

    @GetMapping("/compliance/export.xlsx")
    Object xlsx(@RequestParam(required = false) String organisation, @RequestParam(required = false) String area,
                @RequestParam(required = false) String team, @RequestParam(required = false) String person,
                @RequestParam(required = false) String period, Principal user, Model model, HttpServletResponse response) {
        return export(organisation, area, team, person, period, user, model, response, report -> download(
                ComplianceExports.xlsx(report, report.period().label()),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                fileName(report, "xlsx")));
    }

    /** The asked figures as a download, or the refusal as a page. */
    private Object export(String organisation, String area, String team, String person, String period, Principal user,
                          Model model, HttpServletResponse response, Function<ComplianceReport, ResponseEntity<byte[]>> file) {
        ComplianceReport report;
        try {
            report = report(organisation, area, team, person, period, user);
        } catch (ComplianceProblem problem) {
            return refused(problem, model, response);
        }
        return file.apply(report);
    }

    /** A refusal or a wrong link as a page in words, with its status; the frame's model is there (not an exception handler). */
    private static String refused(ComplianceProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.getStatusCode().value());
        model.addAttribute("heading", switch (problem.getStatusCode().value()) {
            case 403 -> "You cannot see these figures";
            case 404 -> "Nobody with that staff id";
            default -> "These figures cannot be shown";
        });
        model.addAttribute("reason", problem.detail());
        return "workspace/refused";
    }

    private ComplianceReport report(String organisation, String area, String team, String person, String period,
                                    Principal user) {
        Scope scope = ComplianceRequest.scope(organisation, area, team, person);
        Period asked = ComplianceRequest.period(reports, period);
        return reports.report(user.getName(), scope, asked);
    }

    private static String fileName(ComplianceReport report, String extension) {
        String who = report.scope().id() == null ? "organisation" : report.scope().parameter() + "-" + report.scope().id();
        return "supervision-compliance-" + who.replaceAll("[^A-Za-z0-9-]", "_") + "-" + report.period().key() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
