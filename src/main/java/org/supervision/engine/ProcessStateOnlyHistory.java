package org.supervision.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps what people write out of Camunda's history. History stays at level FULL (who did
 * what, when, which decision), but of the values that reach the engine only process state
 * is written: an id or a decision that steers the flow. Form values are moved into the
 * product's tables, where access is checked and logged.
 *
 * <p>Overrides: Camunda's database history handler ({@code enableDefaultDbHistoryEventHandler}
 * off, the same {@link DbHistoryEventHandler} behind this filter). It drops
 * <ul>
 * <li>variable updates of any variable not listed in {@code supervision.history.recorded-variables};
 * <li>every form-field event: {@code submit-form} (what Tasklist calls for task and start forms)
 * writes each submitted value once more as a history detail of type {@code FormProperty}
 * ({@code "type":"formField"} in {@code /engine-rest/history/detail}), separately from the
 * variable updates. {@code complete} does not, which is why a test must use both.
 * </ul>
 * Existing {@code FormProperty} rows are removed by {@link FormFieldHistoryRemoval}.
 *
 * <p>After a Camunda upgrade: run {@code RecordAccessMatrixTest} (it writes a marker through
 * both {@code complete} and {@code submit-form} and looks for it on every surface), and check
 * that {@code HistoryEventHandler} and the two event classes still exist.
 */
@Component
class ProcessStateOnlyHistory extends AbstractProcessEnginePlugin {

    private final Set<String> recordedVariables;

    ProcessStateOnlyHistory(@Value("${supervision.history.recorded-variables}") List<String> recordedVariables) {
        this.recordedVariables = Set.copyOf(recordedVariables.stream().map(String::trim).toList());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // replaces the database handler only; other handlers (e.g. Spring eventing) stay
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new StateOnly(new DbHistoryEventHandler()));
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    boolean isRecorded(HistoryEvent event) {
        if (event instanceof HistoricFormPropertyEventEntity) {
            return false;
        }
        return !(event instanceof HistoricVariableUpdateEventEntity variable)
                || recordedVariables.contains(variable.getVariableName());
    }

    private final class StateOnly implements HistoryEventHandler {
        private final HistoryEventHandler database;

        StateOnly(HistoryEventHandler database) {
            this.database = database;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (isRecorded(event)) {
                database.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
