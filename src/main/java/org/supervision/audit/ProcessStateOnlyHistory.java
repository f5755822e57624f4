package org.supervision.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the content of supervision records out of Camunda's history. History stays at
 * level FULL (who did what, when, which decision), but a variable is written to history
 * only if it is process state: an id or a decision that steers the flow. Form values are
 * submitted as variables and moved into the product's tables; without this filter every
 * word of a session record would also sit in ACT_HI_DETAIL, readable through
 * {@code /engine-rest/history/detail} by anyone allowed to read history.
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

    boolean isRecorded(String variableName) {
        return recordedVariables.contains(variableName);
    }

    private final class StateOnly implements HistoryEventHandler {
        private final HistoryEventHandler database;

        StateOnly(HistoryEventHandler database) {
            this.database = database;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricVariableUpdateEventEntity variable && !isRecorded(variable.getVariableName())) {
                return;
            }
            database.handleEvent(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
