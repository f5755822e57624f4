package org.supervision.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Directory values as an operator's Active Directory or OpenLDAP writes them, read as the days HR mean. */
class LdapValuesTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void accountExpiresEndOfADayIsThatDayAndZeroOrTheLargestValueIsNever() {
        // Active Directory Users and Computers, "Account expires: End of 31/07/2026" (British Summer Time):
        // the account stops at the start of 1 August, local time
        long seconds = LocalDateTime.of(2026, 8, 1, 0, 0).atZone(LONDON).toEpochSecond();
        String accountExpires = String.valueOf((seconds + 11_644_473_600L) * 10_000_000L);

        assertThat(LdapValues.day(accountExpires, LONDON)).isEqualTo("2026-07-31");
        assertThat(LdapValues.day("0", LONDON)).isNull();
        assertThat(LdapValues.day("9223372036854775807", LONDON)).isNull();
    }

    @Test
    void aGeneralizedTimeIsItsDayInTheOrganisationsTimeZone() {
        assertThat(LdapValues.day("20240105090000.0Z", LONDON)).isEqualTo("2024-01-05");
        assertThat(LdapValues.day("20240630233000.0Z", LONDON)).as("00:30 on 1 July in London").isEqualTo("2024-07-01");
        assertThat(LdapValues.day("20240630233000+0100", LONDON)).isEqualTo("2024-06-30");
        assertThat(LdapValues.day("2025-09-01", LONDON)).isEqualTo("2025-09-01");
        assertThat(LdapValues.day("next Monday", LONDON)).as("left for the import to report").isEqualTo("next Monday");
    }

    @Test
    void dnsDifferingOnlyInCaseAndSpacingAreOneDn() {
        assertThat(LdapValues.dnKey("cn=Alex Lead, ou=Staff, dc=example, dc=org"))
                .isEqualTo(LdapValues.dnKey("CN=Alex Lead,OU=Staff,DC=example,DC=org"))
                .isNotEqualTo(LdapValues.dnKey("CN=Alex Leader,OU=Staff,DC=example,DC=org"));
    }
}
