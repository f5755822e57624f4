package org.supervision.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The draft-agreement form as a supervisor fills it in. */
public final class AgreementForms {

    private AgreementForms() {
    }

    public static Map<String, Object> draft(int frequencyDays, LocalDate firstSession, LocalDate equalityDiscussedOn) {
        Map<String, Object> form = new HashMap<>();
        form.put("frequencyDays", frequencyDays);
        form.put("durationMinutes", 90);
        form.put("groundRules", "Phones off, start on time");
        form.put("recordingArrangements", "Supervisor records; shared within 5 working days; both sign");
        form.put("conflictHandling", "Raise it at the next session; then the three-way route");
        form.put("therapyDistinction", "Personal issues go to the employee assistance programme");
        form.put("equalityDiscussedOn", equalityDiscussedOn.toString());
        form.put("firstSessionOn", firstSession.toString());
        return form;
    }

    /** Adds the frequency of professional, clinical or peer supervision (null: on request). */
    public static Map<String, Object> with(Map<String, Object> draft, String type, Integer intervalDays) {
        draft.put(type + "IntervalDays", intervalDays);
        draft.put(type + "DurationMinutes", 60);
        return draft;
    }
}
