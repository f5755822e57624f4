package org.supervision.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Only the assignee completes a task (or, while it is unassigned, one of its candidates).
 * Camunda keeps a former assignee's task permission after a reassignment
 * (camunda-bpm-platform #4865); a completion is a signature in this product, so it is
 * checked here, inside the engine, where every surface (Tasklist, REST, Java) passes.
 */
@Component
class TaskCompletionGuard extends AbstractProcessEnginePlugin {

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
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, TaskCompletionGuard::checkCompleter);
            }
        });
    }

    static void checkCompleter(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return; // the engine itself (timers, jobs, start-up code) completes on nobody's behalf
        }
        String user = authentication.getUserId();
        if (task.getAssignee() != null) {
            if (!task.getAssignee().equals(user)) {
                throw new AuthorizationException("Task '" + task.getName() + "' (" + task.getId() + ") is assigned to "
                        + task.getAssignee() + ": only the assignee can complete it, not " + user);
            }
            return;
        }
        Set<String> groups = authentication.getGroupIds() == null ? Set.of() : Set.copyOf(authentication.getGroupIds());
        boolean candidate = task.getCandidates().stream()
                .anyMatch(link -> user.equals(link.getUserId()) || (link.getGroupId() != null && groups.contains(link.getGroupId())));
        if (!candidate) {
            throw new AuthorizationException("Task '" + task.getName() + "' (" + task.getId()
                    + ") is not offered to " + user + ": claim it from a group you belong to first");
        }
    }
}
