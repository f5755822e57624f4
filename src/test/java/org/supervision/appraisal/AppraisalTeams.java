package org.supervision.appraisal;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.supervision.staff.StaffDirectoryImport;

/**
 * A fresh team per test: supervisor {@code asup<suffix>} (line manager rkhan of the demo
 * organisation, so senior manager of the team), an ASYE {@code asye<suffix>} who joins on
 * 1 July 2026 and an experienced social worker {@code aesw<suffix>} who joined in 2019.
 */
final class AppraisalTeams {

    private AppraisalTeams() {
    }

    static void team(StaffDirectoryImport directory, String suffix) {
        directory.importStaff(new StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\n"
                + "asup" + suffix + ",Ann,Sup" + suffix + ",asup" + suffix + "@example.org,MANAGER,2015-01-05,37,rkhan,,\n"
                + "asye" + suffix + ",Yan,Asye" + suffix + ",asye" + suffix + "@example.org,ASYE,2026-07-01,37,asup" + suffix + ",,\n"
                + "aesw" + suffix + ",Eve,Esw" + suffix + ",aesw" + suffix + "@example.org,EXPERIENCED_SOCIAL_WORKER,2019-03-04,37,asup"
                + suffix + ",,\n"));
        directory.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + "asye" + suffix + ",asup" + suffix + ",MANAGEMENT,2026-07-01,\n"
                + "aesw" + suffix + ",asup" + suffix + ",MANAGEMENT,2019-03-04,\n"));
    }

    static Map<String, Object> workPlan(String objectives) {
        Map<String, Object> form = new HashMap<>();
        form.put("objectives", objectives);
        form.put("trainingNeeds", "Court skills");
        form.put("supportNeeds", "Fortnightly supervision in the first six months");
        form.put("constraints", "Part of a team with two vacancies");
        form.put("reviewDates", "Progress reviewed in every 1:1");
        return form;
    }

    static Map<String, Object> selfAppraisal() {
        Map<String, Object> form = new HashMap<>();
        form.put("selfAssessment", "A steep but good first months");
        form.put("selfAchievements", "Twelve assessments completed on time");
        form.put("selfDevelopmentWishes", "Court work");
        return form;
    }

    static Map<String, Object> supervisorAppraisal(String pcfLevel, String recommendation, boolean concern) {
        Map<String, Object> form = new HashMap<>();
        form.put("objectiveProgress", "Complete assessments on time | All on time since August");
        form.put("strengths", "Relationships with families");
        form.put("developmentAreas", "Report writing for court\nChairing meetings");
        form.put("pcfLevel", pcfLevel);
        form.put("pcfEvidence", "Observed practice and case audits");
        form.put("recommendation", recommendation);
        form.put("recommendationReason", "NONE".equals(recommendation) ? null : "Consistently good practice");
        form.put("performanceConcern", concern);
        form.put("performanceConcernDetails", concern ? "Case recording repeatedly months late" : null);
        return form;
    }

    static Map<String, Object> meeting(String heldOn) {
        Map<String, Object> form = new HashMap<>();
        form.put("meetingHeldOn", heldOn);
        form.put("meetingNotes", "Discussed every objective");
        return form;
    }

    static Map<String, Object> signature() {
        Map<String, Object> form = new HashMap<>();
        form.put("signature", true);
        return form;
    }
}
