package org.supervision.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Serves Camunda's "which groups hold any authorization" from {@link AuthorizedGroups}
 * instead of a table scan per command. A group authorized for the first time on this node
 * is seen as soon as that transaction commits (unless a read of the list was under way at
 * that moment); on the other nodes of a cluster, and in that race, within
 * {@code supervision.security.authorized-groups-max-age}. Until then the group is left out
 * of the checks, as Camunda does for a group without authorizations.
 */
@Component
class AuthorizedGroupsCache extends AbstractProcessEnginePlugin {

    private final AuthorizedGroups groups;

    AuthorizedGroupsCache(@Value("${supervision.security.authorized-groups-max-age:PT10S}") Duration maxAge) {
        this.groups = new AuthorizedGroups(maxAge, System::nanoTime);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new CachingAuthorizationManager(groups);
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    static class CachingAuthorizationManager extends AuthorizationManager {

        private final AuthorizedGroups groups;

        CachingAuthorizationManager(AuthorizedGroups groups) {
            this.groups = groups;
        }

        @Override
        protected Set<String> getAllGroups() {
            return groups.get(super::getAllGroups);
        }

        @Override
        public void insert(DbEntity authorization) {
            super.insert(authorization);
            afterCommit((AuthorizationEntity) authorization);
        }

        @Override
        public void update(AuthorizationEntity authorization) {
            super.update(authorization);
            afterCommit(authorization);
        }

        private void afterCommit(AuthorizationEntity authorization) {
            String groupId = authorization.getGroupId();
            if (groupId != null) {
                Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                        committed -> groups.noteGroupAuthorized(groupId));
            }
        }
    }
}
