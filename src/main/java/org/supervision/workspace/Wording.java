package org.supervision.workspace;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.supervision.agreement.FrequencyPolicy;
import org.supervision.appraisal.Appraisal;
import org.supervision.appraisal.AppraisalPeriod;
import org.supervision.learning.PlanItem;
import org.supervision.session.RecordStatus;
import org.supervision.session.SessionStatus;
import org.supervision.staff.StaffCategory;
import org.supervision.staff.StaffMember;

/**
 * The product's codes in the words a social-work manager uses. Pages never show an enum's
 * name: "SUPERVISOR_APPRAISAL" is "with the supervisor", "ASYE" stays "ASYE" because that is
 * what the profession calls it.
 */
final class Wording {

    private Wording() {
    }

    /** "ASYE, week 9" (the ASYE year is counted in weeks), otherwise "Social worker, 5 years in post". */
    static String categoryAndTenure(StaffMember member, LocalDate today) {
        if (member.getCategory() == StaffCategory.ASYE) {
            return "ASYE, week " + (FrequencyPolicy.weeksSinceStart(member, today) + 1);
        }
        return category(member.getCategory()) + ", " + tenure(member.getStartDate(), today);
    }

    static String category(StaffCategory category) {
        return switch (category) {
            case ASYE -> "ASYE";
            case SOCIAL_WORKER -> "Social worker";
            case EXPERIENCED_SOCIAL_WORKER -> "Experienced social worker";
            case ADVANCED_PRACTITIONER -> "Advanced practitioner";
            case MANAGER -> "Manager";
            case PEER_WORKER -> "Peer worker";
            case OTHER_STAFF -> "Staff member";
        };
    }

    static String tenure(LocalDate started, LocalDate today) {
        long months = ChronoUnit.MONTHS.between(started, today);
        if (months < 1) {
            return "started this month";
        }
        if (months < 12) {
            return plural(months, "month") + " in post";
        }
        return plural(months / 12, "year") + " in post";
    }

    /** "every week", "every 4 weeks" (whole weeks read better), "every 10 days"; null means on request. */
    static String frequency(Integer days) {
        if (days == null) {
            return "on request";
        }
        if (days == 7) {
            return "every week";
        }
        return days % 7 == 0 ? "every " + days / 7 + " weeks" : "every " + days + " days";
    }

    /** The same for the supervisee's own page, as a sentence: "Every 4 weeks", "When you ask for it". */
    static String every(Integer days) {
        String words = days == null ? "when you ask for it" : frequency(days);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }


    /** "Mid-year 2026: with the supervisor". */
    static String appraisal(Appraisal appraisal) {
        if (appraisal == null) {
            return "None yet";
        }
        String period = (appraisal.getPeriod() == AppraisalPeriod.MID_YEAR ? "Mid-year " : "End of year ") + appraisal.getYear();
        String stage = switch (appraisal.getStatus()) {
            case LAUNCHED -> "just started";
            case SELF_APPRAISAL -> "self-appraisal";
            case SUPERVISOR_APPRAISAL -> "with the supervisor";
            case MEETING -> "appraisal meeting";
            case SIGNING -> "waiting for signatures";
            case MODERATION -> "moderation";
            case COMPLETED -> "completed";
            case ENDED_ON_LEAVING -> "ended on leaving";
        };
        return period + ": " + stage;
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** "COURSE" as "Course", "E_LEARNING" as "E-learning": for short lists of categories. */
    static String sentence(Enum<?> value) {
        String words = value.name().toLowerCase(Locale.UK).replace("e_learning", "e-learning").replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
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
    static String recordForSupervisee(RecordStatus status) {
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
}
