package org.supervision.staff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the staff directory is read from when it comes from LDAP or Active Directory, and
 * how an entry's attributes become the columns of the staff file ({@link StaffDirectoryImport}):
 * all settings, no rebuild. Off unless {@code enabled}. The defaults are Active Directory's
 * attribute names; deploy/README.md has a worked example for Active Directory and OpenLDAP.
 *
 * <p>Group DNs are map <em>values</em> keyed by category or role, because Spring's binder
 * would strip the commas and equals signs of a DN used as a key.
 */
@ConfigurationProperties("supervision.directory.ldap")
public record LdapDirectorySettings(
        boolean enabled,
        /** ldap://host:389 or ldaps://host:636; several for fail-over. */
        List<String> urls,
        /** The account the product binds as (read-only access is enough). */
        String username,
        String password,
        /** Where staff entries are searched, e.g. OU=Staff,DC=example,DC=org (the whole subtree). */
        String searchBase,
        @DefaultValue("(objectClass=person)") String filter,
        /** Entries per page of the search (Active Directory returns at most 1000 without paging). */
        @DefaultValue("500") int pageSize,
        /** When the scheduled sync runs, in supervision.time-zone; "-" for never (only on request). */
        @DefaultValue("0 0 1 * * *") String cron,
        @DefaultValue Attributes attributes,
        /** Category from group membership: category → the group's DN. */
        Map<StaffCategory, String> categoryGroups,
        /** Category from the category attribute's value: category → the value that stands for it. */
        Map<StaffCategory, String> categoryValues,
        /** Roles from group membership: role → the group's DN. */
        Map<StaffRole, String> roleGroups,
        /** For new staff when no hours attribute is configured or an entry has none; existing staff keep theirs. */
        @DefaultValue("37") BigDecimal defaultHoursPerWeek,
        /** An Active Directory account marked disabled (userAccountControl bit 2) is a leaver. */
        @DefaultValue("true") boolean disabledAccountsLeave,
        /** A staff member the sync brought in whose entry is gone (deleted, moved out of the search base) is a leaver. */
        @DefaultValue("true") boolean removedEntriesLeave) {

    public LdapDirectorySettings {
        urls = urls == null ? List.of() : List.copyOf(urls);
        categoryGroups = categoryGroups == null ? Map.of() : Map.copyOf(categoryGroups);
        categoryValues = categoryValues == null ? Map.of() : Map.copyOf(categoryValues);
        roleGroups = roleGroups == null ? Map.of() : Map.copyOf(roleGroups);
    }

    /** Without the password, should the settings ever be logged. */
    @Override
    public String toString() {
        return "LdapDirectorySettings[enabled=" + enabled + ", urls=" + urls + ", username=" + username
                + ", searchBase=" + searchBase + ", filter=" + filter + ", cron=" + cron + "]";
    }

    /** The attribute names read from each entry; empty means "not read". */
    public record Attributes(
            @DefaultValue("employeeID") String staffId,
            @DefaultValue("givenName") String firstName,
            @DefaultValue("sn") String lastName,
            @DefaultValue("mail") String email,
            /** The DN of the entry's line manager, resolved to the manager's staff id. */
            @DefaultValue("manager") String manager,
            /** A category attribute (e.g. employeeType), read when no category group matches. */
            @DefaultValue("") String category,
            /** A multi-valued attribute of role names (HR, DIRECTOR, …), besides role-groups. */
            @DefaultValue("") String roles,
            @DefaultValue("memberOf") String memberOf,
            /** Active Directory's whenCreated (or OpenLDAP's createTimestamp) unless HR keep a start date attribute. */
            @DefaultValue("whenCreated") String startDate,
            /** The last day of employment, e.g. Active Directory's accountExpires. */
            @DefaultValue("") String leftOn,
            @DefaultValue("") String hoursPerWeek,
            @DefaultValue("userAccountControl") String accountControl) {
    }
}
