package org.supervision.staff;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One entry as read from the directory: its DN and its values by attribute name (lower case). */
record LdapEntry(String dn, Map<String, List<String>> values) {

    LdapEntry {
        values = Map.copyOf(values);
    }

    /** The first value of {@code attribute}, or null when the attribute is not configured or the entry has none. */
    String first(String attribute) {
        List<String> all = all(attribute);
        return all.isEmpty() ? null : all.get(0);
    }

    List<String> all(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return List.of();
        }
        return values.getOrDefault(attribute.toLowerCase(Locale.ROOT), List.of());
    }
}
