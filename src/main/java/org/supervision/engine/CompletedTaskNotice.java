package org.supervision.engine;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.supervision.shared.StaffNames;
import org.supervision.shared.UkDates;

/**
 * What a person is told when they complete a task that is already done (a second browser tab,
 * a program calling {@code /complete} late, the loser of a race): who completed it and when,
 * "Sam Patel completed this task on 4 December 2026 at 14:05". One sentence for the workspace
 * and for Camunda's REST API (and so Tasklist), built from the task's history (assignee and
 * end time, no form content) and the person's name in the staff directory. Only someone who
 * held the task or was offered it (them or a group of theirs) is told who did it: to anyone
 * else the id of a finished task says no more than that it is done.
 */
@Component
public class CompletedTaskNotice {

    /** The REST API's answer, and what a stranger to the task is told. */
    public static final String RELOAD = "; reload your task list";
    static final String SOMEONE = "Someone else has already completed this task";

    private final ProcessEngine engine;
    private final ObjectProvider<StaffNames> names;
    private final UkDates dates;

    // the directory's names through a provider: the engine's beans are built before the features'
    CompletedTaskNotice(ProcessEngine engine, ObjectProvider<StaffNames> names, UkDates dates) {
        this.engine = engine;
        this.names = names;
        this.dates = dates;
    }

    /**
     * "Sam Patel completed this task on 4 December 2026 at 14:05", for someone who held or was
     * offered the task (the one who completed it included: in a second tab, their own name
     * says it was them); empty when the task is not finished or the person had nothing to do
     * with it.
     */
    public Optional<String> whoAndWhen(String userId, String taskId) {
        return AsSystem.call(engine.getIdentityService(), () -> {
            HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery()
                    .taskId(taskId).finished().singleResult();
            if (done == null || userId == null || !wasInvolved(userId, done)) {
                return Optional.empty();
            }
            String who = done.getAssignee() == null ? "Someone else" : nameOf(done.getAssignee());
            String when = done.getEndTime() == null ? "" : " on " + dates.dateTime(done.getEndTime().toInstant());
            return Optional.of(who + " completed this task" + when);
        });
    }

    /** The answer to a completion of a finished task, e.g. "Sam Patel completed this task on …; reload your task list". */
    public String answer(String userId, String taskId) {
        return whoAndWhen(userId, taskId).orElse(SOMEONE) + RELOAD;
    }

    private String nameOf(String userId) {
        StaffNames directory = names.getIfAvailable();
        return directory == null ? userId : directory.nameOf(userId).orElse(userId);
    }

    private boolean wasInvolved(String userId, HistoricTaskInstance task) {
        if (userId.equals(task.getAssignee())) {
            return true;
        }
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        return engine.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(task.getId()).list().stream()
                .anyMatch(link -> userId.equals(link.getUserId()) || (link.getGroupId() != null && groups.contains(link.getGroupId())));
    }
}
