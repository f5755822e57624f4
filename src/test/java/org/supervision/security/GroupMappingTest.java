package org.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.supervision.staff.SecurityGroups;

/** The operator's group mapping as written in the settings, and the start-up refusals that name the setting. */
class GroupMappingTest {

    static final SecurityGroups GROUPS =
            new SecurityGroups("staff", "supervisors", "managers", "hr", "directors", "auditors", "admins", "learning");

    @Test
    void providerGroupsWithDotsSlashesAndSpacesAreKeptAsWrittenInBrackets() {
        SingleSignOnSettings settings = bind(Map.of(
                "group-mapping.[Supervision.HR]", "hr",
                "group-mapping.[/council/auditors]", "auditors",
                "group-mapping.[Supervision Directors]", "directors",
                "service-accounts.[5f0e1a2b-0000-4000-8000-000000000001]", "svcreports"));

        GroupMapping mapping = new GroupMapping(settings, GROUPS);

        assertThat(mapping.decided()).containsExactlyInAnyOrder("hr", "auditors", "directors");
        assertThat(mapping.granted(Map.of("groups", List.of("Supervision.HR", "/council/auditors", "Everyone"))))
                .containsExactly("auditors", "hr");
        assertThat(mapping.granted(Map.of("groups", "Supervision Directors"))).as("one group as a plain value").containsExactly("directors");
        assertThat(mapping.granted(Map.of())).as("no claim: none granted").isEmpty();
        assertThat(settings.serviceAccounts()).containsEntry("5f0e1a2b-0000-4000-8000-000000000001", "svcreports");
    }

    @Test
    void aMappingToAGroupTheProductDoesNotHaveStopsTheStartNamingTheSetting() {
        SingleSignOnSettings settings = bind(Map.of("group-mapping.[Supervision.HR]", "human-resources"));

        assertThatThrownBy(() -> new GroupMapping(settings, GROUPS)).hasMessageContaining(
                "supervision.security.single-sign-on.group-mapping.[Supervision.HR]: \"human-resources\" is not a group "
                        + "the provider may decide; use one of hr, directors, auditors, admins, learning");
        assertThatThrownBy(() -> new GroupMapping(bind(Map.of("group-mapping.[Line managers]", "managers")), GROUPS))
                .as("derived from the directory's lines").hasMessageContaining("follow from the staff directory");
    }

    @Test
    void aMappingWithoutAGroupClaimOrAServiceAccountWithoutAUserStopsTheStart() {
        assertThatThrownBy(() -> bind(Map.of("group-claim", "", "group-mapping.[Supervision.HR]", "hr")))
                .hasStackTraceContaining("supervision.security.single-sign-on.group-claim must name the claim");
        assertThatThrownBy(() -> bind(Map.of("service-accounts.[nightly-export]", " ")))
                .hasStackTraceContaining("supervision.security.single-sign-on.service-accounts.[nightly-export] must name a user");
    }

    @Test
    void withoutAMappingTheDirectoryDecidesEveryGroup() {
        GroupMapping mapping = new GroupMapping(bind(Map.of()), GROUPS);

        assertThat(mapping.configured()).isFalse();
        assertThat(mapping.granted(Map.of("groups", List.of("Supervision.HR")))).isEmpty();
    }

    private static SingleSignOnSettings bind(Map<String, String> extra) {
        Map<String, String> properties = new java.util.HashMap<>(Map.of("claim", "email", "match-by", "email",
                "password-login", "true", "api-scope", "supervision.api", "group-claim", "groups"));
        properties.putAll(extra);
        Map<String, String> prefixed = new java.util.HashMap<>();
        properties.forEach((key, value) -> prefixed.put("supervision.security.single-sign-on." + key, value));
        return new Binder(new MapConfigurationPropertySource(prefixed))
                .bind("supervision.security.single-sign-on", SingleSignOnSettings.class).get();
    }
}
