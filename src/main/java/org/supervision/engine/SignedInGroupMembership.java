package org.supervision.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's answer to "which groups is this user in?" for the person signed in on this
 * thread follows the groups the identity provider decides for them ({@link ProviderDecidedGroups}):
 * the identity store's groups, less those the provider decides, plus those it grants. Every
 * path by which groups reach the engine asks this question (the webapps' and the REST API's
 * authentication, Tasklist's "offered to me or my groups" filter through {@code taskCandidateUser},
 * the product's own role checks), so the mapping holds on each surface for that session,
 * without writing what the provider says into the identity tables (it would outlive the
 * session and apply to the person's other sign-ins). Who is in a group (user queries by
 * group) stays the identity store's.
 *
 * <p>Overrides, only while a group mapping is configured: Camunda's identity provider session
 * ({@code DbIdentityServiceProvider}, replaced through {@code identityProviderSessionFactory})
 * and its group query's {@code executeList}/{@code executeCount}: a query for a decided
 * person's groups runs as a query for those group ids, with the query's other criteria,
 * order and paging. The same
 * approach as Camunda's own OAuth2 identity provider (spring-boot-starter-security), which
 * answers from Spring Security's context too. After a Camunda upgrade: check that group
 * queries still run through {@code DbReadOnlyIdentityServiceProvider.createGroupQuery} and
 * that {@code GroupQueryImpl} still keeps the member in {@code userId} and the ids in
 * {@code ids}; run {@code SingleSignOnBrowserTest}.
 */
@Component
class SignedInGroupMembership extends AbstractProcessEnginePlugin {

    private final ObjectProvider<ProviderDecidedGroups> decisions;

    SignedInGroupMembership(ObjectProvider<ProviderDecidedGroups> decisions) {
        this.decisions = decisions;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ProviderDecidedGroups decided = decisions.getIfAvailable();
        if (decided == null || !decided.decidesAnyGroup()) {
            return; // Camunda's own identity provider, untouched
        }
        if (configuration.getIdentityProviderSessionFactory() != null) {
            throw new IllegalStateException("supervision.security.single-sign-on.group-mapping needs Camunda's database "
                    + "identity provider, but another one is configured");
        }
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return DbIdentityServiceProvider.class;
            }

            @Override
            public Session openSession() {
                return new IdentityStore(decided);
            }
        });
    }

    /** Camunda's database identity provider whose group queries know the provider's decisions. */
    static class IdentityStore extends DbIdentityServiceProvider {

        private final ProviderDecidedGroups decisions;

        IdentityStore(ProviderDecidedGroups decisions) {
            this.decisions = decisions;
        }

        @Override
        public GroupQuery createGroupQuery() {
            return new DecidedGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired(), decisions);
        }

        @Override
        public GroupQuery createGroupQuery(CommandContext commandContext) {
            return new DecidedGroupQuery(null, decisions);
        }
    }

    static class DecidedGroupQuery extends DbGroupQueryImpl {

        private static final long serialVersionUID = 1L;

        private final transient ProviderDecidedGroups decisions;

        DecidedGroupQuery(CommandExecutor executor, ProviderDecidedGroups decisions) {
            super(executor);
            this.decisions = decisions;
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            Optional<String[]> groups = groupsOfDecidedMember(commandContext);
            if (groups.isEmpty()) {
                return super.executeCount(commandContext);
            }
            return groups.get().length == 0 ? 0 : asGroupIds(groups.get(), () -> super.executeCount(commandContext));
        }

        @Override
        public List<Group> executeList(CommandContext commandContext, Page page) {
            Optional<String[]> groups = groupsOfDecidedMember(commandContext);
            if (groups.isEmpty()) {
                return super.executeList(commandContext, page);
            }
            return groups.get().length == 0 ? List.of() : asGroupIds(groups.get(), () -> super.executeList(commandContext, page));
        }

        /** The member's groups as the provider decides them, within the query's own ids; empty if the store decides. */
        private Optional<String[]> groupsOfDecidedMember(CommandContext commandContext) {
            if (userId == null || decisions == null) {
                return Optional.empty();
            }
            Optional<ProviderDecidedGroups.Decided> decided = decisions.forUser(userId);
            if (decided.isEmpty()) {
                return Optional.empty();
            }
            DbGroupQueryImpl stored = new DbGroupQueryImpl();
            stored.groupMember(userId);
            Set<String> groups = new LinkedHashSet<>();
            for (Group group : stored.executeList(commandContext, null)) {
                groups.add(group.getId());
            }
            groups.removeAll(decided.get().decided());
            groups.addAll(decided.get().granted());
            if (ids != null && ids.length > 0) {
                groups.retainAll(Set.of(ids));
            }
            return Optional.of(groups.toArray(String[]::new));
        }

        /** Runs the query as one for these group ids instead of the member's (an empty ids array would mean "any"). */
        private <T> T asGroupIds(String[] groupIds, Supplier<T> query) {
            String member = userId;
            String[] asked = ids;
            userId = null;
            ids = groupIds;
            try {
                return query.get();
            } finally {
                userId = member;
                ids = asked;
            }
        }
    }
}
