package org.supervision.engine;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * What happens to a task's former assignee when its assignee changes.
 * <ul>
 * <li><b>Reassigned to someone else</b>: the former assignee loses the task's permissions.
 * Camunda grants the assignee access to a task but keeps that grant after a reassignment
 * (camunda-bpm-platform #4865); completing a task is a signature in this product, so the
 * former assignee must lose both completion and read access, on every surface.
 * <li><b>Unclaimed</b> (assignee removed): a task routed to one person (no candidates) would
 * be left with nobody able to see it but an administrator. It is offered back to that person
 * instead (a candidate user, with Camunda's grants for candidates), so it shows in their
 * "Offered to me or my groups" filter and they can claim it again; a task offered to a group
 * simply goes back to the group. The offer ends when the task has an assignee again: anyone
 * else it was offered back to loses it, as a former assignee would.
 * </ul>
 *
 * <p>Overrides: adds a built-in assignment listener to every user task through a BPMN parse
 * listener (Camunda internals: {@code UserTaskActivityBehavior}, {@code TaskEntity}'s property
 * changes). After a Camunda upgrade: run {@code SecurityTest} (reassignment and unclaim cases),
 * and check whether #4865 has been fixed in the engine, which would make the first half redundant.
 */
@Component
class FormerAssigneeRevocation extends ParseListenerPlugin {

    @Override
    BpmnParseListener parseListener() {
        return new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, FormerAssigneeRevocation::formerAssigneeChanged);
            }
        };
    }

    static void formerAssigneeChanged(DelegateTask task) {
        PropertyChange change = ((TaskEntity) task).getPropertyChanges().get(TaskEntity.ASSIGNEE);
        String former = change == null ? null : (String) change.getOrgValue();
        String assignee = task.getAssignee();
        if (assignee != null) {
            endOffersBack(task, assignee);
        }
        if (former == null || former.equals(assignee) || former.equals(task.getOwner())) {
            return;
        }
        if (assignee == null && task.getCandidates().isEmpty()) {
            task.addCandidateUser(former); // Camunda grants a candidate what it grants an assignee
            return;
        }
        revoke(task, former);
    }

    /** The models offer tasks to groups only: a candidate user is someone a task was offered back to. */
    private static void endOffersBack(DelegateTask task, String assignee) {
        List<String> offeredTo = task.getCandidates().stream().map(IdentityLink::getUserId).filter(Objects::nonNull).toList();
        for (String userId : offeredTo) {
            task.deleteCandidateUser(userId); // keeps Camunda's grant, which the assignee needs and the others lose below
            if (!userId.equals(assignee) && !userId.equals(task.getOwner())) {
                revoke(task, userId);
            }
        }
    }

    private static void revoke(DelegateTask task, String userId) {
        AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
        // system work: the person reassigning needs no right to edit authorizations
        Context.getCommandContext().runWithoutAuthorization(() -> {
            authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.TASK)
                    .resourceId(task.getId()).list()
                    .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
            return null;
        });
    }
}
