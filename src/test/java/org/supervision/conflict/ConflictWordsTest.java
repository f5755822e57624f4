package org.supervision.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.junit.jupiter.api.Test;
import org.supervision.staff.SupervisionType;

/**
 * The pages name a case's stages as the process model does: whoever renames a stage in the
 * model sees this fail until the pages say the same.
 */
class ConflictWordsTest {

    private final BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/conflict-escalation.bpmn").toFile());

    @Test
    void theStagesReadAsTheProcessModelNamesThem() {
        assertThat(ConflictWords.stageTitle(ConflictCase.SUPERVISOR_STAGE)).isEqualTo(subProcessName("supervisorStage"))
                .isEqualTo("Stage 1: with the supervisor");
        assertThat(ConflictWords.stageTitle(ConflictCase.THREE_WAY_STAGE)).isEqualTo(subProcessName("threeWayStage"))
                .isEqualTo("Stage 2: three-way discussion with the line manager");
        assertThat(ConflictWords.stageTitle(ConflictCase.HR_STAGE)).isEqualTo("Stage 3: with HR");
    }

    @Test
    void aColumnOfItsOwnStartsWithACapitalAndAClosedCaseSaysHowItEnded() {
        ConflictCase atTheThreeWay = new ConflictCase("sw", "sup", SupervisionType.MANAGEMENT, "sw",
                Instant.parse("2026-11-23T09:00:00Z"), ConflictCase.Source.RAISED, null, Concern.QUALITY,
                "Sessions are cut short", null, "process-1");
        atTheThreeWay.enter(ConflictCase.THREE_WAY_STAGE, "lm", Instant.parse("2026-11-24T09:00:00Z"));
        assertThat(ConflictWords.where(atTheThreeWay)).isEqualTo("Three-way discussion with the line manager");

        atTheThreeWay.close(ConflictOutcome.RESOLVED, null, null, Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(ConflictWords.where(atTheThreeWay)).isEqualTo("Closed: resolved");
    }

    private String subProcessName(String id) {
        return model.<SubProcess>getModelElementById(id).getName();
    }
}
