package org.supervision.security;

import org.supervision.staff.SecurityGroups;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Grants each role what it needs and nothing more, and creates the Tasklist filters per
 * role. Idempotent: runs at every start-up on every node. Everything not granted here is
 * refused by Camunda's authorization checks; a task's assignee and candidates are granted
 * access to that task by the engine itself.
 */
@Component
public class AuthorizationSetup {

    private static final String CONFLICT_PROCESS = "conflict-escalation";
    private static final String TRAINING_PROCESS = "training-request";
    static final String OFFERED = "Offered to me or my groups";
    /** The filter's name and query before tasks were also offered back to the person who unclaimed them. */
    private static final String OFFERED_BEFORE = "Offered to my groups";
    static final String MANAGERS_ESCALATIONS = "Managers: escalations";
    private static final String MANAGERS_ESCALATIONS_DESCRIPTION =
            "Escalations routed to me: three-way meetings of conflict cases, and follow-ups of steps not done in time";
    /**
     * The steps a line manager or senior manager is given when something was not done in time
     * or not resolved (task definition keys of the models).
     */
    static final List<String> ESCALATIONS_TO_MANAGERS = List.of(
            "lineManagerBooksMeeting", "lineManagerRecordsOutcome", // conflict-escalation, stage 2
            "followUpRebooking", "escalateUnconfirmedRecord", // supervision-session
            "followUpSelfAppraisal", "followUpSupervisorAppraises", "followUpAppraisalMeeting", // appraisal-cycle
            "followUpSupervisorSigns", "followUpSuperviseeSigns",
            "followUpLateWorkPlan", // work-plan
            "followUpBooking"); // direct-observation

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final SecurityGroups groups;

    AuthorizationSetup(AuthorizationService authorizations, FilterService filters, TaskService tasks, SecurityGroups groups) {
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.groups = groups;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void grant() {
        for (String group : groups.all()) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        }
        grant(groups.auditors(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // process state, never content: with enforceSpecificVariablePermission on, READ on an instance
        // no longer shows its runtime variables (what open forms show); history holds only ids and decisions
        grant(groups.auditors(), Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
        grant(groups.auditors(), Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(groups.auditors(), Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
        grant(groups.auditors(), Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(groups.auditors(), Resources.DEPLOYMENT, "*", Permissions.READ);

        renameOfferedFilter();
        taskFilter("My tasks", "Tasks assigned to me", -10, groups.staff(),
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), List.of());
        taskFilter(OFFERED, "Unclaimed tasks offered to me or to a group I belong to: claim one to work on it", 0,
                groups.staff(), tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}").taskUnassigned(),
                List.of());
        // anyone may raise a supervision conflict from Tasklist; what happens next only the parties see
        grant(groups.staff(), Resources.PROCESS_DEFINITION, CONFLICT_PROCESS, Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(groups.staff(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        // anyone may request training for themselves from Tasklist's start form
        grant(groups.staff(), Resources.PROCESS_DEFINITION, TRAINING_PROCESS, Permissions.READ, Permissions.CREATE_INSTANCE);

        taskFilter("Escalated supervision conflicts", "Conflicts referred to HR: stage, working days open, deadline", 10,
                groups.hr(), tasks.createTaskQuery().processDefinitionKey(CONFLICT_PROCESS)
                        .taskCandidateGroup(groups.hr()).includeAssignedTasks().orderByDueDate().asc(),
                List.of(Map.of("name", "stage", "label", "Stage"),
                        Map.of("name", "workingDaysOpen", "label", "Working days open"),
                        Map.of("name", "stageDeadline", "label", "Deadline")));
        // escalations are routed to one manager (the supervisor's line manager, or a senior manager),
        // never offered to the managers' group: the filter lists those steps assigned to the user
        redefine(MANAGERS_ESCALATIONS, MANAGERS_ESCALATIONS_DESCRIPTION);
        taskFilter(MANAGERS_ESCALATIONS, MANAGERS_ESCALATIONS_DESCRIPTION, 10, groups.managers(), managersEscalations(),
                List.of());
    }

    private TaskQuery managersEscalations() {
        return tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")
                .taskDefinitionKeyIn(ESCALATIONS_TO_MANAGERS.toArray(String[]::new)).orderByDueDate().asc();
    }

    /**
     * Installations from before: a product filter whose definition changed (known by its
     * description, which changes with it) is defined anew in place, keeping its id, so
     * bookmarks and the grants on it stay.
     */
    private void redefine(String name, String description) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter != null && !description.equals(filter.getProperties().get("description"))) {
            Map<String, Object> properties = new HashMap<>(filter.getProperties());
            properties.put("description", description);
            filters.saveFilter(filter.setQuery(managersEscalations()).setProperties(properties));
        }
    }

    /** Grants the permissions to a group on a resource, adding to what it may already have. */
    public void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(group).resourceType(resource).resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else {
            boolean missing = false;
            for (Permission permission : permissions) {
                missing |= !authorization.isPermissionGranted(permission);
            }
            if (!missing) {
                return;
            }
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    /** Installations from before: the filter that showed only group tasks becomes the one above. */
    private void renameOfferedFilter() {
        Filter before = filters.createFilterQuery().filterName(OFFERED_BEFORE).singleResult();
        if (before != null && filters.createFilterQuery().filterName(OFFERED).count() == 0) {
            filters.saveFilter(before.setName(OFFERED)
                    .setQuery(tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}").taskUnassigned()));
        }
    }

    private void taskFilter(String name, String description, int priority, String visibleTo, TaskQuery query,
                            List<Map<String, String>> shownVariables) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name).setQuery(query).setProperties(Map.of("description", description,
                    "priority", priority, "refresh", true, "variables", shownVariables));
            filters.saveFilter(filter);
        }
        grant(visibleTo, Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
