package org.supervision.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins {@code processes/training-approval.dmn} with concrete values, evaluated by the standalone
 * DMN engine: the threshold is an input, so an organisation changes it in configuration.
 */
@DisplayName("Training approval (processes/training-approval.dmn)")
class TrainingApprovalDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream file = Files.newInputStream(Path.of("processes/training-approval.dmn"))) {
            decision = dmn.parseDecision("trainingApproval", file);
        }
    }

    @ParameterizedTest(name = "{0} costing {1} with threshold {2}: senior manager approves too = {3}")
    @CsvSource({
            "COURSE,             0,      500, false",
            "COURSE,             499.99, 500, false",
            "COURSE,             500,    500, false",
            "COURSE,             500.01, 500, true",
            "CONFERENCE,         1800,   500, true",
            "E_LEARNING,         0,      500, false",
            "SUPERVISION_SKILLS, 650,    500, true",
            "SUPERVISION_SKILLS, 350,    500, false",
            "OTHER,              120,    500, false",
            "QUALIFICATION,      0,      500, true",
            "QUALIFICATION,      300,    500, true",
            // a different organisation's threshold, from configuration
            "COURSE,             800,    1000, false",
            "COURSE,             1000.5, 1000, true",
            "COURSE,             150,    100,  true",
    })
    void seniorApproval(String category, double cost, double threshold, boolean expected) {
        Object result = dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("category", category).putValue("cost", cost).putValue("seniorApprovalThreshold", threshold))
                .getSingleResult().getSingleEntry();
        assertThat(result).isEqualTo(expected);
    }
}
