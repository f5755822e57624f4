package org.supervision.conflict;

import org.supervision.conflict.ConflictStatement.Party;

/**
 * A case's stages, concerns, outcomes and stage ends as HR and the parties say them. The
 * pages show these words, never the stored codes; the wording follows the conflict forms.
 * The stages are said here only, for every page that names them (HR's, the line manager's
 * "My teams"), in the process model's own words: "Stage 2: three-way discussion with the
 * line manager", within which the line manager books and records the three-way meeting.
 */
public final class ConflictWords {

    private ConflictWords() {
    }

    /** The stage as it reads after "Stage 2: " or "Management supervision: ", in lower case. */
    public static String stage(int stage) {
        return switch (stage) {
            case ConflictCase.SUPERVISOR_STAGE -> "with the supervisor";
            case ConflictCase.THREE_WAY_STAGE -> "three-way discussion with the line manager";
            case ConflictCase.HR_STAGE -> "with HR";
            default -> "just raised";
        };
    }

    /** "Stage 2: three-way discussion with the line manager", the name of the stage in the process model. */
    static String stageTitle(int stage) {
        return "Stage " + stage + ": " + stage(stage);
    }

    /** The stage a case is in ("With HR", for a column of its own), or how it ended once closed. */
    static String where(ConflictCase conflictCase) {
        return conflictCase.isOpen() ? capitalised(stage(conflictCase.getStage()))
                : "Closed: " + outcome(conflictCase.getOutcome());
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String concern(Concern concern) {
        return switch (concern) {
            case QUANTITY -> "How often supervision happens (quantity)";
            case QUALITY -> "How good supervision is (quality)";
            case AGREEMENT -> "The supervision agreement could not be agreed";
            case OTHER -> "Something else";
        };
    }

    static String outcome(ConflictOutcome outcome) {
        if (outcome == null) {
            return "";
        }
        return switch (outcome) {
            case RESOLVED -> "resolved";
            case CHANGE_OF_SUPERVISOR -> "change of supervisor";
            case AGREEMENT_REVIEW -> "review of the supervision agreement";
            case FORMAL_PROCEDURE -> "formal procedure (outside this system)";
            case WITHDRAWN -> "withdrawn";
            case SUPERVISEE_LEFT -> "the supervisee left";
        };
    }

    static String stageEnd(StageEnd end) {
        if (end == null) {
            return "";
        }
        return switch (end) {
            case RESOLVED -> "both said it is resolved";
            case NOT_RESOLVED -> "not resolved";
            case DEADLINE_PASSED -> "the deadline passed, so the case moved on";
            case THREE_WAY_REQUESTED -> "a three-way discussion was asked for";
            case REFERRED -> "the supervisor referred it to a three-way discussion";
            case DECIDED -> "HR recorded the outcome";
            case WITHDRAWN -> "the case was withdrawn";
            case SUPERVISEE_LEFT -> "the supervisee left";
        };
    }

    static String party(Party party) {
        return party == Party.SUPERVISEE ? "supervisee" : "supervisor";
    }

    /** What happens next, and who does it. */
    static String nextAction(ConflictCase conflictCase, ConflictStage current) {
        if (!conflictCase.isOpen()) {
            return "Nothing: the case is closed";
        }
        return switch (conflictCase.getStage()) {
            case ConflictCase.SUPERVISOR_STAGE -> "The supervisor responds to the concern";
            case ConflictCase.THREE_WAY_STAGE -> current != null && current.getSummary() != null
                    ? "Both parties say whether the three-way discussion resolved it"
                    : current != null && current.getMeetingAt() != null
                    ? "The line manager holds the three-way meeting and records it"
                    : "The line manager books the three-way meeting";
            case ConflictCase.HR_STAGE -> "HR mediates and records the outcome";
            default -> "";
        };
    }
}
