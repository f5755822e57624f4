package org.supervision.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.support.IntegrationTest;

/** Camunda's per-command "groups with authorizations" and "any revocations" answered from the node's cache. */
@IntegrationTest
class AuthorizationTableCacheTest {

    @Autowired AuthorizationService authorizations;
    @Autowired JdbcTemplate jdbc;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String readers = "probe-readers-" + suffix;
    final String barred = "probe-barred-" + suffix;
    final String elsewhere = "probe-elsewhere-" + suffix;
    final String user = "probe-user-" + suffix;

    @AfterEach
    void removeProbeAuthorizations() {
        jdbc.update("delete from ACT_RU_AUTHORIZATION where GROUP_ID_ in (?, ?, ?) or USER_ID_ = ?", readers, barred, elsewhere, user);
    }

    @Test
    void aGroupsFirstGrantAndFirstRevokeApplyAtOnceOnThisNode() {
        assertThat(mayRead(List.of(readers, barred))).as("no grant yet; the cache now holds the groups").isFalse();

        save(AUTH_TYPE_GRANT, readers, "*");
        assertThat(mayRead(List.of(readers, barred))).isTrue();

        save(AUTH_TYPE_REVOKE, barred, "routing-fixture");
        assertThat(mayRead(List.of(readers, barred))).isFalse();
        assertThat(mayRead(List.of(readers))).isTrue();
    }

    @Test
    void aUsersRevocationAppliesAtOnceOnThisNodeAndItsRemovalToo() {
        save(AUTH_TYPE_GRANT, readers, "*");
        assertThat(mayRead(List.of(readers))).isTrue();

        Authorization refused = authorizations.createNewAuthorization(AUTH_TYPE_REVOKE);
        refused.setUserId(user);
        refused.setResource(PROCESS_DEFINITION);
        refused.setResourceId("routing-fixture");
        refused.removePermission(READ);
        authorizations.saveAuthorization(refused);
        assertThat(mayRead(List.of(readers))).as("the user's own revocation outweighs the group's grant").isFalse();

        authorizations.deleteAuthorization(refused.getId());
        assertThat(mayRead(List.of(readers))).isTrue();
    }

    @Test
    void aGrantWrittenByAnotherNodeIsLeftOutUntilTheCacheIsTooOld() {
        assertThat(mayRead(List.of(elsewhere))).isFalse();

        // another node's grant: a row this node's engine did not write
        jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
                + " values (?, 1, ?, ?, null, ?, '*', ?)", UUID.randomUUID().toString(), AUTH_TYPE_GRANT, elsewhere,
                PROCESS_DEFINITION.resourceType(), READ.getValue());

        assertThat(mayRead(List.of(elsewhere))).as("within supervision.security.authorized-groups-max-age (10 s)").isFalse();
    }

    private boolean mayRead(List<String> groups) {
        return authorizations.isUserAuthorized(user, groups, READ, PROCESS_DEFINITION, "routing-fixture");
    }

    private void save(int type, String group, String resourceId) {
        Authorization authorization = authorizations.createNewAuthorization(type);
        authorization.setGroupId(group);
        authorization.setResource(PROCESS_DEFINITION);
        authorization.setResourceId(resourceId);
        if (type == AUTH_TYPE_GRANT) {
            authorization.addPermission(READ);
        } else {
            authorization.removePermission(READ);
        }
        authorizations.saveAuthorization(authorization);
    }
}
