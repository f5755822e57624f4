package org.supervision.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.supervision.shared.UkDates;

/**
 * A trail entry in the words an auditor reads: "Emily Clark's supervisor signed the
 * agreement" rather than "TASK_COMPLETED supervisorSigns". People are named (with their login,
 * which the audit log and the exports use); the engine's codes stay in the exports, and a
 * task's own name is kept in the details so that it can be found in the process diagram.
 */
final class TrailWords {

    /** One row of the trail's table. */
    record Line(Instant at, String what, String who, String details) {
    }

    /** Tasks whose completion says more than "Task completed": the signatures an auditor looks for. */
    private static final Map<String, String> SIGNATURES = Map.of(
            "supervisorSigns", "%s's supervisor signed the agreement",
            "superviseeSigns", "%s signed the agreement");

    private static final Map<String, String> RECORD_ACTIONS = Map.of("READ", "read", "READ_REFUSED", "refused to be read",
            "CREATED", "created", "CHANGED", "changed", "DELETED", "deleted", "EXPORT", "exported");

    /**
     * Entries features append with an action of their own: e-mailed password links (never the
     * link itself), a task handed to another supervisor, an inspection pack downloaded, a leaver's
     * calendar feed stopped.
     */
    private static final Map<String, String> FEATURE_ACTIONS = Map.of(
            "PASSWORD_INVITATION_SENT", "Invitation to set a password e-mailed",
            "PASSWORD_RESET_SENT", "Link to reset the password e-mailed",
            "PASSWORD_LINK_USED", "Password set with an e-mailed link",
            "PASSWORD_RESET_REQUESTED", "A password reset was asked for",
            "TASK_HANDED_OVER", "Task handed to another supervisor",
            "INSPECTION_PACK_PRODUCED", "Inspection evidence pack downloaded",
            "CALENDAR_FEED_STOPPED", "Calendar feed stopped on leaving");

    private static final java.util.regex.Pattern EXPIRES = java.util.regex.Pattern.compile("expires (\\S+?)(;|$)");

    private final Map<String, String> names;
    private final String subjectName;
    private final UkDates dates;

    /** {@code names}: full names by login, for everyone the trail mentions who is in the staff directory. */
    TrailWords(Map<String, String> names, String subjectName, UkDates dates) {
        this.names = names;
        this.subjectName = subjectName;
        this.dates = dates;
    }

    Line line(TimelineEntry entry) {
        String kind = entry.kind();
        if (kind.startsWith("RECORD_")) {
            return record(entry, kind.substring("RECORD_".length()));
        }
        if (kind.startsWith("TASK_") && (kind.endsWith("_ADD") || kind.endsWith("_DELETE"))) {
            return link(entry, kind);
        }
        return switch (kind) {
            case "PROCESS_STARTED" -> new Line(entry.at(), entry.what(), entry.actor() == null ? "Started automatically"
                    : person(entry.actor()), "");
            case "PROCESS_ENDED" -> new Line(entry.at(), entry.what(), "", blank(entry.details()));
            case "TIMER_FIRED" -> new Line(entry.at(), "Time limit reached: " + named(entry.what()), "Automatic", "");
            case "PASSED" -> new Line(entry.at(), "Reached: " + named(entry.what()), "Automatic",
                    "serviceTask".equals(entry.details()) ? "A step the system carries out" : "");
            case "TASK_CREATED" -> new Line(entry.at(), "Task created: " + named(entry.what()), "", due(entry.details()));
            case "TASK_COMPLETED" -> completed(entry);
            case "TASK_CANCELLED" -> new Line(entry.at(), "Task closed without being completed: " + named(entry.what()),
                    person(entry.actor()), blank(entry.details()));
            case "DECISION" -> new Line(entry.at(), "Answer recorded in the process", person(entry.actor()), entry.what());
            case "DECISION_TABLE" -> new Line(entry.at(), "Rule applied: " + named(entry.what()), "Automatic",
                    blank(entry.details()));
            case "INCIDENT" -> new Line(entry.at(), "The process hit a problem: " + blank(entry.what()), "Automatic",
                    "resolved".equals(entry.details()) ? "Since resolved" : "Not resolved");
            default -> new Line(entry.at(), blank(entry.what()), person(entry.actor()), blank(entry.details()));
        };
    }

    /** "Thanh Nguyen (tnguyen)"; a login the directory does not know stays a login. */
    String person(String login) {
        if (login == null || login.isBlank()) {
            return "";
        }
        String name = names.get(login);
        return name == null ? login : name + " (" + login + ")";
    }

    private Line completed(TimelineEntry entry) {
        String signature = SIGNATURES.get(entry.activityId());
        if (signature != null) {
            return new Line(entry.at(), String.format(signature, subjectName), person(entry.actor()),
                    "Task completed: " + named(entry.what()));
        }
        return new Line(entry.at(), "Task completed: " + named(entry.what()), person(entry.actor()), "");
    }

    /** Who a task was offered to or assigned to; the engine records the person who did it, when known, as assigner. */
    private Line link(TimelineEntry entry, String kind) {
        String whom = entry.what() != null && entry.what().startsWith("group ")
                ? "the " + entry.what().substring("group ".length()) + " group" : person(entry.what());
        String task = named(entry.details());
        boolean added = kind.endsWith("_ADD");
        String what;
        if (kind.startsWith("TASK_ASSIGNEE_")) {
            what = added ? "Task assigned to " + whom + ": " + task : "Task no longer assigned to " + whom + ": " + task;
        } else if (kind.startsWith("TASK_CANDIDATE_")) {
            what = added ? "Task offered to " + whom + ": " + task : "Task no longer offered to " + whom + ": " + task;
        } else {
            what = (added ? "Task given to " : "Task taken from ") + whom + ": " + task;
        }
        return new Line(entry.at(), what, entry.actor() == null ? "Automatic" : person(entry.actor()), "");
    }

    /** An entry of the product's own audit log: a record created, changed, read or exported. */
    private Line record(TimelineEntry entry, String action) {
        if (FEATURE_ACTIONS.containsKey(action)) {
            return new Line(entry.at(), FEATURE_ACTIONS.get(action), person(entry.actor()), untilInWords(blank(entry.details())));
        }
        // the trail puts the record's type in "what" and its id in "activityId"
        String verb = RECORD_ACTIONS.getOrDefault(action, action.toLowerCase(Locale.UK).replace('_', ' '));
        String details = blank(entry.details());
        String reference = entry.activityId() == null ? "" : "Reference " + entry.activityId();
        return new Line(entry.at(), "Record " + verb + ": " + words(entry.what()), person(entry.actor()),
                details.isEmpty() ? reference : details + (reference.isEmpty() ? "" : " (" + reference + ")"));
    }

    /** "expires 2026-11-30T09:00:00Z; …" as "works until 30 November 2026 at 09:00; …". */
    private String untilInWords(String details) {
        java.util.regex.Matcher expires = EXPIRES.matcher(details);
        if (!expires.find()) {
            return details;
        }
        try {
            return expires.replaceFirst("works until " + dates.dateTime(Instant.parse(expires.group(1))) + "$2");
        } catch (DateTimeParseException notAnInstant) {
            return details;
        }
    }

    /** "due 2026-11-30T00:00:00Z" (the midnight that ends 29 November) as "Due by 29 November 2026". */
    private String due(String details) {
        if (details == null || !details.startsWith("due ")) {
            return blank(details);
        }
        try {
            return "Due by " + dates.day(dates.dueDay(Instant.parse(details.substring("due ".length()))));
        } catch (DateTimeParseException notAnInstant) {
            return details;
        }
    }

    /** "SupervisionAgreement" as "supervision agreement". */
    static String words(String type) {
        if (type == null) {
            return "";
        }
        return type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
    }

    private static String named(String name) {
        return name == null || name.isBlank() ? "a step without a name" : name;
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
