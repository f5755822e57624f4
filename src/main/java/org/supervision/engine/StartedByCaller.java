package org.supervision.engine;

import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import org.supervision.shared.TaskInputException;

/**
 * A process that a person starts (a start event with a form, such as raising a conflict or
 * requesting training) is started in that person's name and with that form's fields only.
 * <ul>
 * <li>The initiator variable ({@code camunda:initiator}, e.g. {@code raisedBy}) is an ordinary
 * variable in Camunda: a start request that sends a variable of the same name overwrites it,
 * so anyone could raise a conflict "as" someone else. A start whose initiator differs from the
 * logged-in user is refused.
 * <li>Any other variable than the start form's fields is refused: the rest of a process's
 * variables are ids and decisions that only the product sets.
 * </ul>
 * Starts made by the product itself (no logged-in user, e.g. from the directory import or a
 * message) are not affected.
 *
 * <p>Overrides: adds a built-in start listener, ahead of the model's own listeners, to every
 * process-level start event that has an initiator or a form (BPMN parse listener; Camunda
 * internals: {@code BpmnParse}, the command context's authenticated user). After a Camunda
 * upgrade: run {@code SecurityTest} (spoofed starts, and the engine's own refusal of one).
 */
@Component
class StartedByCaller extends ParseListenerPlugin {

    @Override
    BpmnParseListener parseListener() {
        return new AbstractBpmnParseListener() {
            @Override
            public void parseStartEvent(Element startEvent, ScopeImpl scope, ActivityImpl activity) {
                String initiator = startEvent.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "initiator");
                boolean hasForm = startEvent.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null
                        || startEvent.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formKey") != null;
                if (scope == scope.getProcessDefinition() && (initiator != null || hasForm)) {
                    ExecutionListener listener = execution -> check(execution, initiator, hasForm);
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, listener, 0);
                }
            }
        };
    }

    private void check(DelegateExecution execution, String initiator, boolean hasForm) {
        String caller = Context.getCommandContext().getAuthenticatedUserId();
        if (caller == null) {
            return;
        }
        if (initiator != null && !caller.equals(execution.getVariable(initiator))) {
            throw new TaskInputException(initiator, "a process is always started in your own name ("
                    + caller + "); leave " + initiator + " out of the request");
        }
        if (hasForm) {
            // a start form that cannot be read allows nothing
            Set<String> allowed = Context.getCommandContext().runWithoutAuthorization(() -> FormFields
                    .ofStart(execution.getProcessEngine(), null, null, execution.getProcessDefinitionId()).orElse(Set.of()));
            Set<String> unknown = new TreeSet<>(execution.getVariableNames());
            unknown.removeAll(allowed);
            if (initiator != null) {
                unknown.remove(initiator);
            }
            if (!unknown.isEmpty()) {
                String first = unknown.iterator().next();
                throw new TaskInputException(first, "is not a field of the start form; only its fields can be sent");
            }
        }
    }
}
