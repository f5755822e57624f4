package org.supervision.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * The deployed decision tables, evaluated by a DMN engine of their own that records nothing.
 * Camunda's DecisionService writes every evaluation to its history (and so needs a
 * read-write transaction): right for a decision a process takes, wrong for a page that only
 * shows what the policy says today, which would add a history row per person per page view.
 * The same deployed table (the latest version, as DecisionService takes) and the same DMN
 * engine defaults (FEEL), so the answers are the same (FrequencyPolicyForPagesTest).
 */
final class DeployedDecisionTables implements DecisionTables {

    private final RepositoryService repository;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    /** Parsed once per deployed version: a version never changes. */
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

    DeployedDecisionTables(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public DmnDecisionResult evaluate(String decisionKey, Map<String, Object> facts) {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("No decision '" + decisionKey + "' is deployed");
        }
        DmnDecision decision = parsed.computeIfAbsent(latest.getId(), id -> parse(id, decisionKey));
        return dmn.evaluateDecision(decision, facts);
    }

    private DmnDecision parse(String definitionId, String decisionKey) {
        try (InputStream model = repository.getDecisionModel(definitionId)) {
            return dmn.parseDecision(decisionKey, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
