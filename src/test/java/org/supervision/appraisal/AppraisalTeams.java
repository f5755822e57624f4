package org.supervision.appraisal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Teams;

/**
 * A fresh team per test: supervisor {@code asup<suffix>} (line manager rkhan of the demo
 * organisation, so senior manager of the team), an ASYE {@code asye<suffix>} who joins on
 * 1 July 2026 and an experienced social worker {@code aesw<suffix>} who joined in 2019.
 */
final class AppraisalTeams {

    private AppraisalTeams() {
    }

    static void team(StaffDirectoryImport directory, String suffix) {
        Teams.importTeam(directory, Teams.supervisor("asup" + suffix, "Ann", "Sup" + suffix),
                Teams.supervisee("asye" + suffix, "Yan", "Asye" + suffix, "ASYE", LocalDate.of(2026, 7, 1)),
                Teams.supervisee("aesw" + suffix, "Eve", "Esw" + suffix, "EXPERIENCED_SOCIAL_WORKER", LocalDate.of(2019, 3, 4)));
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
