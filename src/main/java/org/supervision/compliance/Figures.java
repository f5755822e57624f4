package org.supervision.compliance;

/**
 * Compliance figures of one person or added up for many: counts only. A session counts once
 * its due date is in the period and on or before the day the period is judged on; it is
 * <em>on time</em> when held by its due date plus the tolerance in working days, <em>late</em>
 * when held after that, <em>missed</em> when not held by then and the tolerance is over (a
 * missed session held later turns late). A session still within its tolerance is not counted
 * yet.
 *
 * <p>Appraisals (by the end of September and of March) and annual reviews of learning and
 * development plans (by the end of April) are judged the same way against the due dates the
 * Supervision Policy sets ({@link PolicyDueDates}), without a tolerance.
 *
 * <p>Group casework counts only for people whose agreement relies on weekly group casework: the
 * recorded sessions of the group it names, held in the period while they were a member, and how
 * many of those they attended. For everyone else these figures are absent (null), not 0 of 0.
 */
public class Figures {

    int people;
    int sessionsDue;
    int sessionsOnTime;
    int sessionsLate;
    int sessionsMissed;
    int postponedBySupervisor;
    int postponedBySupervisee;
    int observationsRequired;
    int observationsDone;
    int agreementsInDate;
    int recordsHeld;
    int recordsConfirmed;
    int disputesOpen;
    int workPlansDue;
    int workPlansOnTime;
    int learningPlansDue;
    int learningPlansOnTime;
    int appraisalsDue;
    int appraisalsOnTime;
    int appraisalsLate;
    int appraisalsNotCompleted;
    int learningReviewsDue;
    int learningReviewsOnTime;
    int learningReviewsLate;
    int learningReviewsNotHeld;
    int groupCaseworkPeople;
    int groupCaseworkHeld;
    int groupCaseworkAttended;

    Figures add(Figures other) {
        people += other.people;
        sessionsDue += other.sessionsDue;
        sessionsOnTime += other.sessionsOnTime;
        sessionsLate += other.sessionsLate;
        sessionsMissed += other.sessionsMissed;
        postponedBySupervisor += other.postponedBySupervisor;
        postponedBySupervisee += other.postponedBySupervisee;
        observationsRequired += other.observationsRequired;
        observationsDone += other.observationsDone;
        agreementsInDate += other.agreementsInDate;
        recordsHeld += other.recordsHeld;
        recordsConfirmed += other.recordsConfirmed;
        disputesOpen += other.disputesOpen;
        workPlansDue += other.workPlansDue;
        workPlansOnTime += other.workPlansOnTime;
        learningPlansDue += other.learningPlansDue;
        learningPlansOnTime += other.learningPlansOnTime;
        appraisalsDue += other.appraisalsDue;
        appraisalsOnTime += other.appraisalsOnTime;
        appraisalsLate += other.appraisalsLate;
        appraisalsNotCompleted += other.appraisalsNotCompleted;
        learningReviewsDue += other.learningReviewsDue;
        learningReviewsOnTime += other.learningReviewsOnTime;
        learningReviewsLate += other.learningReviewsLate;
        learningReviewsNotHeld += other.learningReviewsNotHeld;
        groupCaseworkPeople += other.groupCaseworkPeople;
        groupCaseworkHeld += other.groupCaseworkHeld;
        groupCaseworkAttended += other.groupCaseworkAttended;
        return this;
    }

    /** Appraisals completed on time as a whole percentage of those due, or null when none was due. */
    public Integer getAppraisalsOnTimePercent() {
        return percent(appraisalsOnTime, appraisalsDue);
    }

    /** Annual reviews of learning and development plans held on time as a whole percentage of those due. */
    public Integer getLearningReviewsOnTimePercent() {
        return percent(learningReviewsOnTime, learningReviewsDue);
    }

    /** Sessions held on time as a whole percentage of the sessions due, or null when none was due. */
    public Integer onTimePercent() {
        return percent(sessionsOnTime, sessionsDue);
    }

    public Integer agreementsInDatePercent() {
        return percent(agreementsInDate, people);
    }

    /** Whether anyone counted relies on weekly group casework: without that the group figures are not shown. */
    public boolean isGroupCaseworkReliedOn() {
        return groupCaseworkPeople > 0;
    }

    public int getGroupCaseworkPeople() { return groupCaseworkPeople; }

    public Integer getGroupCaseworkHeld() {
        return isGroupCaseworkReliedOn() ? groupCaseworkHeld : null;
    }

    public Integer getGroupCaseworkAttended() {
        return isGroupCaseworkReliedOn() ? groupCaseworkAttended : null;
    }

    /** Group casework sessions attended as a whole percentage of those held, or null when none was held or none relied on. */
    public Integer getGroupCaseworkAttendedPercent() {
        return isGroupCaseworkReliedOn() ? percent(groupCaseworkAttended, groupCaseworkHeld) : null;
    }

    static Integer percent(int part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }

    public int getPeople() { return people; }
    public int getSessionsDue() { return sessionsDue; }
    public int getSessionsOnTime() { return sessionsOnTime; }
    public int getSessionsLate() { return sessionsLate; }
    public int getSessionsMissed() { return sessionsMissed; }
    public int getPostponedBySupervisor() { return postponedBySupervisor; }
    public int getPostponedBySupervisee() { return postponedBySupervisee; }
    public int getObservationsRequired() { return observationsRequired; }
    public int getObservationsDone() { return observationsDone; }
    public int getAgreementsInDate() { return agreementsInDate; }
    public int getRecordsHeld() { return recordsHeld; }
    public int getRecordsConfirmed() { return recordsConfirmed; }
    public int getDisputesOpen() { return disputesOpen; }
    public int getWorkPlansDue() { return workPlansDue; }
    public int getWorkPlansOnTime() { return workPlansOnTime; }
    public int getLearningPlansDue() { return learningPlansDue; }
    public int getLearningPlansOnTime() { return learningPlansOnTime; }
    public int getAppraisalsDue() { return appraisalsDue; }
    public int getAppraisalsOnTime() { return appraisalsOnTime; }
    public int getAppraisalsLate() { return appraisalsLate; }
    public int getAppraisalsNotCompleted() { return appraisalsNotCompleted; }
    public int getLearningReviewsDue() { return learningReviewsDue; }
    public int getLearningReviewsOnTime() { return learningReviewsOnTime; }
    public int getLearningReviewsLate() { return learningReviewsLate; }
    public int getLearningReviewsNotHeld() { return learningReviewsNotHeld; }
}
