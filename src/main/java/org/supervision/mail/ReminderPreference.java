package org.supervision.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Which reminders one person wants by e-mail, and the weekday of their weekly digest. */
@Entity
@Table(name = "reminder_preference")
class ReminderPreference {

    @Id
    private String staffId;
    private boolean sessionDue;
    private boolean sessionOverdue;
    private boolean recordToConfirm;
    private boolean observationDue;
    private boolean appraisalDue;
    private boolean weeklyDigest;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayOfWeek digestDay;
    @Column(nullable = false)
    private Instant updatedAt;

    protected ReminderPreference() {
    }

    ReminderPreference(String staffId) {
        this.staffId = staffId;
    }

    void set(Set<ReminderKind> wanted, DayOfWeek day, Instant now) {
        sessionDue = wanted.contains(ReminderKind.SESSION_DUE);
        sessionOverdue = wanted.contains(ReminderKind.SESSION_OVERDUE);
        recordToConfirm = wanted.contains(ReminderKind.RECORD_TO_CONFIRM);
        observationDue = wanted.contains(ReminderKind.OBSERVATION_DUE);
        appraisalDue = wanted.contains(ReminderKind.APPRAISAL_DUE);
        weeklyDigest = wanted.contains(ReminderKind.WEEKLY_DIGEST);
        digestDay = day;
        updatedAt = now;
    }

    Set<ReminderKind> wanted() {
        Set<ReminderKind> wanted = EnumSet.noneOf(ReminderKind.class);
        if (sessionDue) wanted.add(ReminderKind.SESSION_DUE);
        if (sessionOverdue) wanted.add(ReminderKind.SESSION_OVERDUE);
        if (recordToConfirm) wanted.add(ReminderKind.RECORD_TO_CONFIRM);
        if (observationDue) wanted.add(ReminderKind.OBSERVATION_DUE);
        if (appraisalDue) wanted.add(ReminderKind.APPRAISAL_DUE);
        if (weeklyDigest) wanted.add(ReminderKind.WEEKLY_DIGEST);
        return wanted;
    }

    DayOfWeek getDigestDay() {
        return digestDay;
    }
}
