package org.supervision.engine;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Applies the configured history retention (supervision.history.time-to-live-days) to
 * every deployed process and decision, so an organisation changes retention without
 * editing models. The value in the models is only the default a Modeler user sees.
 */
@Component
class HistoryRetention {

    private final RepositoryService repository;
    private final int days;

    HistoryRetention(RepositoryService repository, @Value("${supervision.history.time-to-live-days}") int days) {
        this.repository = repository;
        this.days = days;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void apply() {
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
            if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
                repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
            }
        }
        for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
            if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
                repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
            }
        }
    }
}
