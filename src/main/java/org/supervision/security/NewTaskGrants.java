package org.supervision.security;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda's default grants for a task's assignee and candidates, without the database
 * lookup it makes before each one to find a grant to extend. For a task created in the
 * same command there is none in the database: the task is not written yet, and grants made
 * earlier in the command are merged from the command's cache by Camunda itself. Every
 * user task gets its assignee this way, so this is one round trip less per task, ten
 * thousand less in an organisation-wide appraisal launch.
 */
@Component
class NewTaskGrants extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            protected AuthorizationEntity getGrantAuthorization(String taskId, String userId, String groupId,
                                                                Resource resource) {
                return createdInThisCommand(taskId) ? null : super.getGrantAuthorization(taskId, userId, groupId, resource);
            }
        });
    }

    private static boolean createdInThisCommand(String taskId) {
        DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
        TaskEntity task = cache.get(TaskEntity.class, taskId);
        return task != null && cache.isTransient(task);
    }
}
