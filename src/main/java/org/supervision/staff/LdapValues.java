package org.supervision.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** Directory values as the staff file writes them: days as yyyy-MM-dd, DNs compared as LDAP compares them. */
final class LdapValues {

    private static final Pattern GENERALIZED_TIME = Pattern.compile("(\\d{14})(?:[.,]\\d+)?(Z|[+-]\\d{4})?");
    private static final Pattern FILETIME = Pattern.compile("0|\\d{15,19}");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    /** Seconds from 1601-01-01 (Windows' epoch) to 1970-01-01. */
    private static final long WINDOWS_EPOCH_OFFSET = 11_644_473_600L;
    private static final String NEVER = "9223372036854775807";

    private LdapValues() {
    }

    /**
     * A day from a directory value: an ISO date as is, a generalized time (whenCreated,
     * createTimestamp) as its day in {@code zone}. Active Directory's 100-nanosecond counts
     * (accountExpires) mark the moment an account stops working, the start of the day after
     * the last day ("End of 31 December" is stored as 1 January, 00:00), so the day is the one
     * before that moment; 0 and the largest value mean never. Anything else is returned as it
     * is, for the import to report as not a date.
     */
    static String day(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        Matcher generalized = GENERALIZED_TIME.matcher(text);
        try {
            if (generalized.matches()) {
                ZoneOffset offset = generalized.group(2) == null || generalized.group(2).equals("Z")
                        ? ZoneOffset.UTC : ZoneOffset.of(generalized.group(2));
                return java.time.LocalDateTime.parse(generalized.group(1), SECONDS).atOffset(offset)
                        .atZoneSameInstant(zone).toLocalDate().toString();
            }
            if (FILETIME.matcher(text).matches()) {
                if (text.equals(NEVER)) {
                    return null;
                }
                long ticks = Long.parseLong(text);
                if (ticks == 0) {
                    return null;
                }
                Instant expires = Instant.ofEpochSecond(ticks / 10_000_000 - WINDOWS_EPOCH_OFFSET);
                return expires.minusSeconds(1).atZone(zone).toLocalDate().toString();
            }
            if (text.length() > 10 && text.charAt(10) == 'T') {
                return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate().toString();
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return text;
        }
        return text;
    }

    /** A DN in one spelling: case, spaces around separators and escaping do not make two DNs differ. */
    static String dnKey(String dn) {
        try {
            return new LdapName(dn).getRdns().stream()
                    .map(rdn -> rdn.getType().toLowerCase(Locale.ROOT) + "="
                            + Rdn.escapeValue(rdn.getValue()).toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(","));
        } catch (InvalidNameException | IllegalArgumentException e) {
            return dn.trim().toLowerCase(Locale.ROOT);
        }
    }

    static LocalDate isoDay(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
