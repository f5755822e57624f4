package org.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;
import org.supervision.SupervisionApplication;

/** Start-up without a usable audit chain key is refused, with the setting to fix named. */
class AuditChainKeyCheckTest {

    static final String SECRET = "a-secret-of-at-least-thirty-two-characters";

    @Test
    void theApplicationRefusesToStartWithoutAKey() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(SupervisionApplication.class).run(
                "--camunda.bpm.admin-user.password=an-admin-password", "--spring.datasource.url=jdbc:h2:mem:refused",
                "--spring.main.web-application-type=none"))
                .hasMessage("Start-up refused: no audit chain key is configured. Set SUPERVISION_AUDIT_CURRENTKEY"
                        + " (supervision.audit.current-key) to a key id, e.g. k1, and SUPERVISION_AUDIT_CHAINKEYS_K1"
                        + " (supervision.audit.chain-keys.k1) to a secret of at least 32 characters, from a secret store,"
                        + " never from the database or the image.");
    }

    @Test
    void keysComeFromEnvironmentVariablesAsTheDeploymentSetsThem() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                        "SUPERVISION_AUDIT_CURRENTKEY", "k2",
                        // k8s envFrom with a prefix keeps the Secret key's case: k1 (deploy/k8s/deployment.yaml)
                        "SUPERVISION_AUDIT_CHAINKEYS_k1", SECRET,
                        "SUPERVISION_AUDIT_CHAINKEYS_K2", SECRET + "-2")));

        new AuditChainKeyCheck().postProcessEnvironment(environment, new SpringApplication());
        AuditChainKeys keys = AuditChainKeys.from(environment);

        assertThat(keys.current()).isEqualTo("k2");
        assertThat(keys.knows("k1")).as("the old key stays for verifying").isTrue();
        assertThat(keys.knows("k3")).isFalse();
    }

    @Test
    void aCurrentKeyWithoutItsSecretIsRefusedNamingTheVariableToSet() {
        assertThatThrownBy(() -> check(Map.of("supervision.audit.current-key", "k2", "supervision.audit.chain-keys.k1", SECRET)))
                .hasMessage("Start-up refused: the current audit chain key 'k2' (supervision.audit.current-key,"
                        + " SUPERVISION_AUDIT_CURRENTKEY) has no secret: set supervision.audit.chain-keys.k2"
                        + " (SUPERVISION_AUDIT_CHAINKEYS_K2).");
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> check(Map.of("supervision.audit.current-key", "k1", "supervision.audit.chain-keys.k1", "short")))
                .hasMessage("Start-up refused: the audit chain key 'k1' (supervision.audit.chain-keys.k1,"
                        + " SUPERVISION_AUDIT_CHAINKEYS_K1) is shorter than 32 characters.");
    }

    @Test
    void theDemosPublishedKeyIsRefusedOutsideTheDemo() throws java.io.IOException {
        Map<String, Object> demoKey = Map.of("supervision.audit.current-key", "demo",
                "supervision.audit.chain-keys.demo", AuditChainKeys.DEMO_SECRET);
        assertThatThrownBy(() -> check(demoKey))
                .hasMessage("Start-up refused: the audit chain key 'demo' is the demo's published key; generate a secret"
                        + " of your own.");

        assertThat(new org.springframework.boot.env.YamlPropertySourceLoader()
                .load("demo", new org.springframework.core.io.ClassPathResource("application-demo.yml")).get(0)
                .getProperty("supervision.audit.chain-keys.demo").toString())
                .as("the demo profile's key is the one refused outside the demo").isEqualTo(AuditChainKeys.DEMO_SECRET);
        MockEnvironment demo = environment(demoKey).withProperty("supervision.demo.enabled", "true");
        new AuditChainKeyCheck().postProcessEnvironment(demo, new SpringApplication());
        assertThat(AuditChainKeys.from(demo).current()).isEqualTo("demo");
    }

    private static void check(Map<String, Object> properties) {
        new AuditChainKeyCheck().postProcessEnvironment(environment(properties), new SpringApplication());
    }

    private static MockEnvironment environment(Map<String, Object> properties) {
        MockEnvironment environment = new MockEnvironment();
        properties.forEach((name, value) -> environment.setProperty(name, value.toString()));
        return environment;
    }
}
