package org.supervision.workspace;

import org.supervision.learning.PlanItem;
import org.supervision.learning.TrainingCategory;
import org.supervision.session.RecordStatus;
import org.supervision.session.SessionStatus;
import org.supervision.staff.SupervisionType;

/** The words a supervisee reads for the stored statuses and kinds: never the codes themselves. */
final class SupervisionWords {

    private SupervisionWords() {
    }

    static String type(SupervisionType type) {
        return switch (type) {
            case MANAGEMENT -> "Management supervision";
            case PROFESSIONAL -> "Professional supervision";
            case CLINICAL -> "Clinical supervision";
            case PEER -> "Peer supervision";
            case GROUP -> "Group supervision";
        };
    }

    /** "Every 4 weeks" reads better than "every 28 days" when it is whole weeks. */
    static String every(Integer days) {
        if (days == null) {
            return "When you ask for it";
        }
        if (days == 7) {
            return "Every week";
        }
        return days % 7 == 0 ? "Every " + days / 7 + " weeks" : "Every " + days + " days";
    }

    static String minutes(Integer minutes) {
        if (minutes == null) {
            return "Not set";
        }
        if (minutes % 60 == 0) {
            return minutes == 60 ? "1 hour" : minutes / 60 + " hours";
        }
        return minutes > 60 ? minutes / 60 + " hour" + (minutes >= 120 ? "s " : " ") + minutes % 60 + " minutes"
                : minutes + " minutes";
    }

    static String session(SessionStatus status) {
        return switch (status) {
            case DUE -> "Due, not booked yet";
            case BOOKED -> "Booked";
            case POSTPONED -> "Postponed, to be re-booked";
            case HELD -> "Held";
            case ENDED -> "Not held: supervision ended";
        };
    }

    /** The record of a held session, as its supervisee reads it; null: not written up yet. */
    static String record(RecordStatus status) {
        if (status == null) {
            return "Not written up yet";
        }
        return switch (status) {
            case AWAITING_CONFIRMATION -> "Waiting for you to confirm";
            case CONFIRMED -> "Confirmed by you both";
            case DISPUTED -> "You disputed it";
            case CORRECTED -> "Corrected";
        };
    }

    /** The GOV.UK tag colour that goes with the words (never the colour alone). */
    static String recordTag(RecordStatus status) {
        if (status == null) {
            return "govuk-tag--grey";
        }
        return switch (status) {
            case AWAITING_CONFIRMATION -> "govuk-tag--yellow";
            case CONFIRMED -> "govuk-tag--green";
            case DISPUTED -> "govuk-tag--orange";
            case CORRECTED -> "govuk-tag--blue";
        };
    }

    static String planItem(PlanItem.Status status) {
        return switch (status) {
            case OPEN -> "To do";
            case MET -> "Done";
            case DROPPED -> "Dropped";
        };
    }

    static String category(TrainingCategory category) {
        if (category == null) {
            return "";
        }
        return switch (category) {
            case COURSE -> "Course";
            case E_LEARNING -> "E-learning";
            case CONFERENCE -> "Conference";
            case QUALIFICATION -> "Qualification";
            case SUPERVISION_SKILLS -> "Supervision skills";
            case OTHER -> "Other";
        };
    }
}
