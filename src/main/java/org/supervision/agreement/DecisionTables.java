package org.supervision.agreement;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;

/** Evaluates a deployed decision table, by its key, with these facts. */
@FunctionalInterface
interface DecisionTables {

    DmnDecisionResult evaluate(String decisionKey, Map<String, Object> facts);
}
