package org.supervision.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supervision.staff.ImportReport;
import org.supervision.staff.StaffDirectoryImport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo organisation (demo profile only): a director, two senior managers, four
 * supervisors, supervisees of every category, HR, an auditor and L&D, each with a
 * demo login. Loaded through the ordinary CSV import, so a restart changes nothing.
 */
@Component
@ConditionalOnProperty(name = "supervision.demo.enabled", havingValue = "true")
class DemoOrganisation {

    private static final Logger LOG = LoggerFactory.getLogger(DemoOrganisation.class);

    private final StaffDirectoryImport directoryImport;
    private final IdentityService identity;
    private final String password;

    DemoOrganisation(StaffDirectoryImport directoryImport, IdentityService identity,
                     @Value("${supervision.demo.password}") String password) {
        this.directoryImport = directoryImport;
        this.identity = identity;
        this.password = password;
    }

    @EventListener
    public void load(ApplicationReadyEvent event) throws IOException {
        ImportReport staff = directoryImport.importStaff(resource("demo/staff.csv"));
        ImportReport supervision = directoryImport.importSupervision(resource("demo/supervision.csv"));
        for (User user : identity.createUserQuery().list()) {
            if (user.getPassword() == null) {
                user.setPassword(password);
                identity.saveUser(user);
            }
        }
        LOG.info("Demo organisation: staff {} created / {} unchanged, relationships {} created / {} unchanged",
                staff.created(), staff.unchanged(), supervision.created(), supervision.unchanged());
        printLogins(event);
    }

    private void printLogins(ApplicationReadyEvent event) {
        Map<String, List<String>> byGroup = new TreeMap<>();
        for (String group : List.of("directors", "managers", "supervisors", "hr", "auditors", "learning", "staff")) {
            byGroup.put(group, identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()
                    .stream().map(User::getId).collect(Collectors.toList()));
        }
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : 8080;
        StringBuilder text = new StringBuilder("\n\n=== Demo organisation ready (demo data only, never real personal data) ===\n")
                .append("Workspace: http://localhost:").append(port).append("/ (Tasklist: http://localhost:")
                .append(port).append("/camunda/app/tasklist/default/)\n")
                .append("Every demo login has the password '").append(password).append("'; administrator: admin\n");
        byGroup.forEach((group, users) -> text.append(String.format("  %-12s %s%n", group, String.join(", ", users))));
        LOG.info(text.toString());
    }

    private static Reader resource(String path) throws IOException {
        return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
    }
}
