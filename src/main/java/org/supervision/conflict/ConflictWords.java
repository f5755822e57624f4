package org.supervision.conflict;

import org.supervision.conflict.ConflictStatement.Party;

/**
 * A case's stages, concerns, outcomes and stage ends as HR and the parties say them. The
 * pages show these words, never the stored codes; the wording follows the conflict forms.
 */
final class ConflictWords {

    private ConflictWords() {
    }

    static String stage(int stage) {
        return switch (stage) {
            case ConflictCase.SUPERVISOR_STAGE -> "With the supervisor";
            case ConflictCase.THREE_WAY_STAGE -> "Three-way discussion with the line manager";
            case ConflictCase.HR_STAGE -> "With HR";
            default -> "Not started";
        };
    }

    /** The stage a case is in, or how it ended once closed. */
    static String where(ConflictCase conflictCase) {
        return conflictCase.isOpen() ? stage(conflictCase.getStage()) : "Closed: " + outcome(conflictCase.getOutcome());
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
