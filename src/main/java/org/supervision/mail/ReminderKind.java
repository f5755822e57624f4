package org.supervision.mail;

/** The e-mails a person can choose to receive, as the "My reminders" page names them. */
public enum ReminderKind {
    SESSION_DUE("A supervision session is due soon"),
    SESSION_OVERDUE("A supervision session is overdue"),
    RECORD_TO_CONFIRM("A session record waits for you to confirm it"),
    OBSERVATION_DUE("A direct observation of practice is due soon"),
    APPRAISAL_DUE("An appraisal or work plan step is due soon"),
    WEEKLY_DIGEST("Weekly digest of everything overdue in the area you manage");

    private final String label;

    ReminderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
