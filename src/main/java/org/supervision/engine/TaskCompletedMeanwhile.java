package org.supervision.engine;

import org.camunda.bpm.engine.ProcessEngine;

/** Whether a task that a failed completion names has just been completed by someone else. */
public final class TaskCompletedMeanwhile {

    private TaskCompletedMeanwhile() {
    }

    /**
     * The loser of two simultaneous completions of one task may fail anywhere in the engine
     * (the task gone, its grant gone, even a NullPointerException after reading the task before
     * the winner's commit and its execution after it): if the task has in fact just been
     * completed, that failure is the same conflict.
     */
    public static boolean check(ProcessEngine engine, String taskId) {
        return AsSystem.call(engine.getIdentityService(), () ->
                engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0
                        && engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0);
    }
}
