package org.supervision.engine;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.supervision.shared.StaffNames;

/**
 * Every user task about a person carries that person's name: "Supervisor drafts agreement –
 * Emily Clark". A supervisor with five supervisees otherwise sees five identical tasks in
 * Tasklist and has to open each to learn whom it is about. The models keep their plain task
 * names (readable diagrams, checked by bpmnlint); the name is added as each task is created.
 *
 * <p>The person is the process's {@code staffId} variable, else its business key: every
 * process about a person uses that person's staff id as its business key (the conflict
 * process keeps only the case id as a variable; its business key is the supervisee). Only a
 * name from the staff directory is added, never anything a form holds; a task whose process
 * names nobody in the directory keeps its name.
 *
 * <p>Overrides: adds a built-in create listener to every user task through a BPMN parse
 * listener (Camunda internals: {@code UserTaskActivityBehavior}'s task definition). After a
 * Camunda upgrade: run {@code TasklistForUsersTest}.
 */
@Component
class TaskNamesWithPerson extends ParseListenerPlugin {

    static final String SEPARATOR = " – ";
    /** The width of Camunda's task name column. */
    private static final int NAME_COLUMN = 255;

    /** Looked up when the first task is created: the directory's beans need the engine's data source first. */
    private final ObjectProvider<StaffNames> names;

    TaskNamesWithPerson(ObjectProvider<StaffNames> names) {
        this.names = names;
    }

    @Override
    BpmnParseListener parseListener() {
        return new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskNamesWithPerson.this::addPersonsName);
            }
        };
    }

    void addPersonsName(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (execution == null || task.getName() == null) {
            return;
        }
        Object staffId = execution.getVariable("staffId");
        String about = staffId instanceof String id ? id : execution.getProcessBusinessKey();
        Optional<String> name = names.getObject().nameOf(about);
        name.ifPresent(person -> {
            String named = task.getName() + SEPARATOR + person;
            task.setName(named.length() > NAME_COLUMN ? named.substring(0, NAME_COLUMN) : named);
        });
    }
}
