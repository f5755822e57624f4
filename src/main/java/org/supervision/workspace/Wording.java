package org.supervision.workspace;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.supervision.agreement.FrequencyPolicy;
import org.supervision.appraisal.Appraisal;
import org.supervision.appraisal.AppraisalPeriod;
import org.supervision.staff.StaffCategory;
import org.supervision.staff.StaffMember;
import org.supervision.staff.SupervisionType;

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

    static String supervision(SupervisionType type) {
        return switch (type) {
            case MANAGEMENT -> "Management supervision";
            case PROFESSIONAL -> "Professional supervision";
            case CLINICAL -> "Clinical supervision";
            case PEER -> "Peer supervision";
            case GROUP -> "Group supervision";
        };
    }

    /** "every 28 days", "every week"; null means on request. */
    static String frequency(Integer days) {
        if (days == null) {
            return "on request";
        }
        return days == 7 ? "every week" : "every " + days + " days";
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

    /** The stage a conflict case has reached, as the conflict policy names its steps. */
    static String conflictStage(int stage) {
        return switch (stage) {
            case 1 -> "between supervisor and supervisee";
            case 2 -> "three-way meeting with the line manager";
            case 3 -> "with HR";
            default -> "raised";
        };
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** "COURSE" as "Course", "E_LEARNING" as "E-learning": for short lists of categories. */
    static String sentence(Enum<?> value) {
        String words = value.name().toLowerCase(Locale.UK).replace("e_learning", "e-learning").replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
