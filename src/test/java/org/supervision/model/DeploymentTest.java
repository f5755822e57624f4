package org.supervision.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.supervision.agreement.AgreementStarter;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@AlsoOnPostgres
class DeploymentTest {

    @Autowired RepositoryService repository;
    @Autowired FormService forms;
    @Autowired AgreementStarter agreements;
    @Autowired org.camunda.bpm.engine.ProcessEngine engine;

    @Test
    void everyFormInFormsFolderIsDeployedSoTasklistCanRenderIt() throws IOException {
        List<String> formFiles;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            formFiles = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".form")).toList();
        }
        List<String> deployed = repository.createDeploymentQuery().list().stream()
                .flatMap(d -> repository.getDeploymentResourceNames(d.getId()).stream())
                .map(name -> Path.of(name).getFileName().toString()).toList();
        assertThat(deployed).containsAll(formFiles);

        String instance = agreements.start("kthomas").getId();
        Task draft = new ProcessDriver(engine).task(instance, "draftAgreement");
        try (InputStream form = forms.getDeployedTaskForm(draft.getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"draft-agreement\"");
        }
    }

    @Test
    void processesAndDecisionsAreDeployedWithTheConfiguredRetention() {
        ProcessDefinition agreement = repository.createProcessDefinitionQuery()
                .processDefinitionKey("supervision-agreement").latestVersion().singleResult();
        assertThat(agreement.getHistoryTimeToLive()).isEqualTo(2190);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("minimumSupervisionFrequency")
                .latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(2190);
    }
}
