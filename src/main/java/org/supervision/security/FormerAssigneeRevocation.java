package org.supervision.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.springframework.stereotype.Component;

/**
 * Takes a task's permissions away from its former assignee when it is reassigned. Camunda
 * grants the assignee access to a task but keeps that grant after a reassignment
 * (camunda-bpm-platform #4865); since completing a task is a signature in this product,
 * the former assignee must lose both completion and read access, on every surface.
 */
@Component
class FormerAssigneeRevocation extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, FormerAssigneeRevocation::revokeFormerAssignee);
            }
        });
    }

    static void revokeFormerAssignee(DelegateTask task) {
        PropertyChange change = ((TaskEntity) task).getPropertyChanges().get(TaskEntity.ASSIGNEE);
        String former = change == null ? null : (String) change.getOrgValue();
        if (former == null || former.equals(task.getAssignee()) || former.equals(task.getOwner())) {
            return;
        }
        AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
        // system work: the person reassigning needs no right to edit authorizations
        Context.getCommandContext().runWithoutAuthorization(() -> {
            authorizations.createAuthorizationQuery().userIdIn(former).resourceType(Resources.TASK)
                    .resourceId(task.getId()).list()
                    .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
            return null;
        });
    }
}
