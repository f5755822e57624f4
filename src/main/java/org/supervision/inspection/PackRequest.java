package org.supervision.inspection;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.supervision.staff.StaffMember;

/**
 * What a pack is asked for, checked before anything is read: the service's manager exists and
 * the period is a real one. Problems are keyed by the field's name, worded for the person.
 */
record PackRequest(StaffMember manager, LocalDate from, LocalDate to, Map<String, String> problems) {

    /** A pack covers at most this many years: an inspection looks back three, a typing slip further. */
    static final int MOST_YEARS = 5;

    static PackRequest check(String serviceId, StaffMember manager, LocalDate from, LocalDate to) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (serviceId == null || serviceId.isBlank()) {
            problems.put("service", "Choose whose service the pack is for");
        } else if (manager == null) {
            problems.put("service", "No one in the staff directory has the staff id " + serviceId);
        }
        if (from == null) {
            problems.put("from", "Enter the first day of the period");
        }
        if (to == null) {
            problems.put("to", "Enter the last day of the period");
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                problems.put("to", "The last day of the period must be on or after its first day");
            } else if (to.isAfter(from.plusYears(MOST_YEARS))) {
                problems.put("to", "A pack covers at most " + MOST_YEARS + " years: choose a later first day or an earlier last day");
            }
        }
        return new PackRequest(manager, from, to, problems);
    }

    boolean valid() {
        return problems.isEmpty();
    }
}
