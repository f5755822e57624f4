package org.supervision.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.WebClient;

/**
 * The supervisor a task is handed to gets an e-mail with a link to it (a real SMTP server
 * in-process). Its own database and engine, so that the mailbox holds only this test's mails.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:handover-mail;DB_CLOSE_DELAY=-1",
        // Camunda's REST API finds its engine by name in a JVM-wide registry (see WholeYearTest)
        "camunda.bpm.process-engine-name=handoverMail",
        "spring.mail.host=127.0.0.1", "spring.mail.port=3628"})
class HandoverMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(3628));

    @LocalServerPort int port;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ProcessDriver process;

    @Test
    void theSupervisorATaskIsHandedToIsEmailedALinkToIt() throws Exception {
        // Hina Patel's agreement, which her supervisor Paul Jones drafts; Samir Ahmed manages Paul and Laura Wilson
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("hpatel").singleResult().getId();
        process.runDueJobs(instance);
        List<Task> paulsTasks = tasks.createTaskQuery().processInstanceId(instance).taskAssignee("pjones").list();
        assertThat(paulsTasks).isNotEmpty();
        Task task = paulsTasks.get(0);
        smtp.purgeEmailFromAllMailboxes();

        HttpResponse<String> handed = WebClient.basic(port, "sahmed", "demo").post("/api/tasks/" + task.getId() + "/reassignment",
                "application/json", "{\"to\":\"lwilson\",\"reason\":\"Paul is on leave\"}");

        assertThat(handed.statusCode()).as(handed.body()).isEqualTo(200);
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).containsExactly("laura.wilson@demo-council.example");
        assertThat(mail.getSubject()).isEqualTo("Handed to you: " + task.getName());
        assertThat(GreenMailUtil.getBody(mail)).contains("Samir Ahmed has handed you the task", "which Paul Jones had",
                "/tasks/" + task.getId()).doesNotContain("Paul is on leave");
    }
}
