package org.supervision.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The container, compose and Kubernetes files cannot be built or applied on this machine (no
 * Docker engine, no cluster), so their invariants are checked here by reading them. Each
 * failure message says what would go wrong for whoever operates the installation.
 */
class DeployManifestsTest {

    static final Path ROOT = Path.of("").toAbsolutePath(); // Maven runs tests in the project directory
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final Path COMPOSE = ROOT.resolve("deploy/compose/compose.yaml");
    static final Path DOCKERFILE = ROOT.resolve("deploy/docker/Dockerfile");
    static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|TOKEN|CHAINKEYS", Pattern.CASE_INSENSITIVE);
    static final String AUDIT_KEYS_PREFIX = "SUPERVISION_AUDIT_CHAINKEYS_";
    static final String READINESS = "/actuator/health/readiness";
    static final String LIVENESS = "/actuator/health/liveness";
    static final Path RESTORE = K8S.resolve("restore");
    static final String NAMESPACE = "supervision";
    static final String BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";
    // the namespaces that networkpolicy.yaml admits; deploy/README.md tells operators to change them to theirs
    static final String INGRESS_NAMESPACE = "ingress-nginx";
    static final String MONITORING_NAMESPACE = "monitoring";
    static final Peer INGRESS_CONTROLLER = new Peer(INGRESS_NAMESPACE, Map.of("app.kubernetes.io/name", "ingress-nginx"));
    static final Peer PROMETHEUS = new Peer(MONITORING_NAMESPACE, Map.of("app.kubernetes.io/name", "prometheus"));
    static final Peer KUBE_DNS = new Peer("kube-system", Map.of("k8s-app", "kube-dns"));
    static final Peer CNPG_OPERATOR = new Peer("cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg"));

    // ---------------------------------------------------------------- every file parses

    @Test
    void everyYamlFileUnderDeployParses() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(K8S), Files.walk(COMPOSE.getParent()))) {
            files = walk.filter(DeployManifestsTest::isYaml).toList();
        }
        assertThat(files).as("deploy/k8s and deploy/compose hold the YAML files").isNotEmpty();
        for (Path file : files) {
            List<Object> documents = load(file);
            assertThat(documents).as(file + " must contain at least one YAML document").isNotEmpty();
            documents.forEach(doc -> assertThat(doc).as(file + ": every document must be a mapping").isInstanceOf(Map.class));
        }
    }

    // ---------------------------------------------------------------- Kubernetes

    @Test
    void theDeploymentRunsAtLeastTwoReplicas() {
        Object replicas = deployment().get("spec") instanceof Map<?, ?> spec ? spec.get("replicas") : null;

        assertThat(replicas).as("Deployment spec.replicas must be set: one pod means downtime on every node drain and upgrade")
                .isInstanceOf(Integer.class);
        assertThat((Integer) replicas).as("Deployment replicas: at least 2 so one pod serves while the other restarts")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void everyContainerHasReadinessLivenessAndStartupProbesOnTheActuatorManagementPort() {
        int managementPort = managementPortOfTheApplication();
        for (Map<String, Object> container : containers()) {
            String name = (String) container.get("name");
            Map<String, Object> readiness = map(container.get("readinessProbe"));
            Map<String, Object> liveness = map(container.get("livenessProbe"));
            Map<String, Object> startup = map(container.get("startupProbe"));

            assertThat(readiness).as(name + ": without a readinessProbe the Service sends requests to a pod that is still starting").isNotEmpty();
            assertThat(liveness).as(name + ": without a livenessProbe a hung JVM is never restarted").isNotEmpty();
            assertThat(startup).as(name + ": without a startupProbe the liveness probe kills a first start that is still creating the schema").isNotEmpty();
            assertThat(at(readiness, "httpGet", "path")).as(name + ": readinessProbe must ask Spring Boot's readiness group").isEqualTo(READINESS);
            assertThat(at(liveness, "httpGet", "path")).as(name + ": livenessProbe must ask Spring Boot's liveness group").isEqualTo(LIVENESS);
            for (Map<String, Object> probe : List.of(readiness, liveness, startup)) {
                assertThat(containerPort(container, at(probe, "httpGet", "port")))
                        .as(name + ": probes must reach Actuator on the management port " + managementPort
                                + " (management.server.port in application.yml), or every probe fails")
                        .isEqualTo(managementPort);
            }
        }
    }

    @Test
    void everyContainerHasCpuAndMemoryRequestsAndLimits() {
        for (Map<String, Object> container : containers()) {
            Map<String, Object> resources = map(container.get("resources"));
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertThat(at(resources, kind, resource))
                            .as(container.get("name") + ": resources." + kind + "." + resource
                                    + " must be set; without a memory limit the JVM's heap (75 % of it) has no bound,"
                                    + " without requests the scheduler may overcommit the node")
                            .isNotNull();
                }
            }
        }
    }

    @Test
    void podsRunAsNonRootWithoutPrivilegeEscalationAndAWritableTmp() {
        Map<String, Object> podSpec = podSpec();
        Object podNonRoot = at(podSpec, "securityContext", "runAsNonRoot");
        for (Map<String, Object> container : containers()) {
            Map<String, Object> context = map(container.get("securityContext"));
            Object nonRoot = context.containsKey("runAsNonRoot") ? context.get("runAsNonRoot") : podNonRoot;
            assertThat(nonRoot).as(container.get("name") + ": securityContext.runAsNonRoot must be true, so a root image is refused").isEqualTo(true);
            assertThat(context.get("allowPrivilegeEscalation")).as(container.get("name") + ": allowPrivilegeEscalation must be false").isEqualTo(false);
            if (Boolean.TRUE.equals(context.get("readOnlyRootFilesystem"))) {
                List<Object> mounts = list(container.get("volumeMounts"));
                assertThat(mounts.stream().map(m -> map(m).get("mountPath")))
                        .as(container.get("name") + ": with a read-only root file system /tmp must be a volume (Tomcat's work directory)")
                        .contains("/tmp");
            }
        }
    }

    @Test
    void noSecretIsWrittenIntoAManifest() {
        for (Map<String, Object> container : containers()) {
            for (Object entry : list(container.get("env"))) {
                Map<String, Object> env = map(entry);
                String name = String.valueOf(env.get("name"));
                if (SECRET_NAME.matcher(name).find()) {
                    assertThat(env).as(container.get("name") + ": env " + name + " must not carry a literal value; use valueFrom.secretKeyRef")
                            .doesNotContainKey("value");
                    assertThat(at(env, "valueFrom", "secretKeyRef", "name"))
                            .as(container.get("name") + ": env " + name + " must come from a Secret (valueFrom.secretKeyRef)").isNotNull();
                }
            }
        }
        for (Map<String, Object> configMap : kubernetesObjects("ConfigMap")) {
            for (String key : map(configMap.get("data")).keySet()) {
                assertThat(SECRET_NAME.matcher(key).find())
                        .as("ConfigMap key " + key + " looks like a secret: ConfigMaps are readable by anyone who may read the namespace")
                        .isFalse();
            }
        }
        assertThat(kubernetesObjects("Secret")).as("no Secret with values may be committed; operators create them (deploy/README.md)").isEmpty();
    }

    @Test
    void theAuditChainKeysComeFromASecretAndTheConfigMapNamesTheCurrentOne() {
        for (Map<String, Object> container : containers()) {
            List<Map<String, Object>> fromSecrets = list(container.get("envFrom")).stream().map(DeployManifestsTest::map)
                    .filter(source -> AUDIT_KEYS_PREFIX.equals(source.get("prefix"))).toList();
            assertThat(fromSecrets).as(container.get("name") + ": the audit chain keys must come from a Secret through envFrom"
                    + " with prefix " + AUDIT_KEYS_PREFIX + ", or start-up is refused (no key)").hasSize(1);
            assertThat(at(fromSecrets.get(0), "secretRef", "name")).as(container.get("name")
                    + ": the audit chain keys' envFrom must be a secretRef, never a ConfigMap").isNotNull();
            assertThat(at(fromSecrets.get(0), "secretRef", "optional")).as(container.get("name")
                    + ": the audit keys' Secret must not be optional: without it the pod cannot verify the audit log")
                    .isNotEqualTo(true);
        }
        Object current = map(kubernetesObjects("ConfigMap").get(0).get("data")).get("SUPERVISION_AUDIT_CURRENTKEY");
        assertThat(String.valueOf(current)).as("the ConfigMap must name the current audit chain key"
                + " (SUPERVISION_AUDIT_CURRENTKEY): a key id, lower-case letters and digits").matches("[a-z0-9]{1,40}");
    }

    @Test
    void aPodDisruptionBudgetCoversTheDeploymentsPods() {
        Map<String, Object> podLabels = podLabels();
        int replicas = (Integer) map(deployment().get("spec")).get("replicas");
        List<Map<String, Object>> budgets = kubernetesObjects("PodDisruptionBudget");

        assertThat(budgets).as("a PodDisruptionBudget keeps a drain from evicting every pod at once").isNotEmpty();
        Map<String, Object> budget = budgets.get(0);
        Map<String, Object> selector = map(at(budget, "spec", "selector", "matchLabels"));
        assertThat(selector).as("PodDisruptionBudget selector must name labels").isNotEmpty();
        assertThat(podLabels).as("PodDisruptionBudget selector must match the Deployment's pod labels, or it protects nothing")
                .containsAllEntriesOf(selector);
        Object minAvailable = at(budget, "spec", "minAvailable");
        assertThat(minAvailable).as("PodDisruptionBudget minAvailable (a number of pods)").isInstanceOf(Integer.class);
        assertThat((Integer) minAvailable).as("PodDisruptionBudget minAvailable must be at least 1").isGreaterThanOrEqualTo(1);
        assertThat((Integer) minAvailable).as("PodDisruptionBudget minAvailable must be below the replicas (" + replicas
                + "), or node drains block for ever").isLessThan(replicas);
    }

    @Test
    void theServiceSelectsThePodsAndPublishesTheApplicationPortOnly() {
        Map<String, Object> container = containers().get(0);
        int httpPort = containerPort(container, "http");
        int managementPort = managementPortOfTheApplication();
        List<Map<String, Object>> services = kubernetesObjects("Service");

        assertThat(services).as("a Service gives the pods one address").hasSize(1);
        Map<String, Object> service = services.get(0);
        assertThat(podLabels()).as("Service selector must match the Deployment's pod labels, or it has no endpoints")
                .containsAllEntriesOf(map(at(service, "spec", "selector")));
        assertThat(map(at(service, "spec", "selector"))).as("Service selector must not be empty").isNotEmpty();
        List<Object> ports = list(at(service, "spec", "ports"));
        assertThat(ports).as("the Service publishes one port, the application's").hasSize(1);
        Object targetPort = map(ports.get(0)).get("targetPort");
        assertThat(containerPort(container, targetPort)).as("Service targetPort must be the container's http port " + httpPort)
                .isEqualTo(httpPort);
        assertThat(containerPort(container, targetPort)).as("the Service must not publish the management port (Actuator)")
                .isNotEqualTo(managementPort);
    }

    @Test
    void aCloudNativePgClusterWithReplicasBacksTheApplication() {
        List<Map<String, Object>> clusters = kubernetesObjects("Cluster").stream()
                .filter(c -> String.valueOf(c.get("apiVersion")).startsWith("postgresql.cnpg.io/")).toList();

        assertThat(clusters).as("a CloudNativePG Cluster (postgresql.cnpg.io) provides PostgreSQL").hasSize(1);
        Map<String, Object> cluster = clusters.get(0);
        String name = (String) at(cluster, "metadata", "name");
        assertThat((Integer) at(cluster, "spec", "instances"))
                .as("CNPG Cluster instances: at least 2 (a primary and a replica to fail over to)").isGreaterThanOrEqualTo(2);
        assertThat(at(cluster, "spec", "storage", "size")).as("CNPG Cluster storage size must be set").isNotNull();

        String database = (String) at(cluster, "spec", "bootstrap", "initdb", "database");
        String url = (String) map(kubernetesObjects("ConfigMap").get(0).get("data")).get("SUPERVISION_DB_URL");
        assertThat(url).as("the ConfigMap must point the application at the CNPG read-write service")
                .isEqualTo("jdbc:postgresql://" + name + "-rw:5432/" + database);

        Set<String> dbSecrets = new TreeSet<>();
        for (Map<String, Object> container : containers()) {
            for (Object entry : list(container.get("env"))) {
                Map<String, Object> env = map(entry);
                if (String.valueOf(env.get("name")).startsWith("SUPERVISION_DB_")) {
                    dbSecrets.add((String) at(env, "valueFrom", "secretKeyRef", "name"));
                }
            }
        }
        assertThat(dbSecrets).as("the database login must come from the secret CNPG generates for the Cluster, " + name + "-app")
                .containsExactly(name + "-app");
    }

    @Test
    void theKustomizationListsEveryManifestInTheFolder() throws IOException {
        Map<String, Object> kustomization = map(load(K8S.resolve("kustomization.yaml")).get(0));
        Set<String> listed = list(kustomization.get("resources")).stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> files = Files.list(K8S)) {
            present = files.filter(DeployManifestsTest::isYaml).map(f -> f.getFileName().toString())
                    .filter(f -> !f.equals("kustomization.yaml")).collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(listed).as("kustomization.yaml resources must list every manifest in deploy/k8s, or `kubectl apply -k` leaves it out")
                .isEqualTo(present);
    }

    // ---------------------------------------------------------------- network policies

    @Test
    void onlyTheIngressReachesTheApplicationPortAndOnlyMonitoringTheManagementPort() throws IOException {
        Map<String, Object> app = podLabels();
        Map<String, Object> container = containers().get(0);
        int httpPort = containerPort(container, "http");
        int managementPort = managementPortOfTheApplication();
        Object serviceTarget = map(list(at(kubernetesObjects("Service").get(0), "spec", "ports")).get(0)).get("targetPort");

        assertThat(kubernetesObjects("NetworkPolicy")).as("a policy with an empty podSelector and no ingress rule makes"
                        + " every pod of the namespace refuse connections that no other policy allows")
                .anySatisfy(policy -> {
                    assertThat(map(at(policy, "spec", "podSelector"))).isEmpty();
                    assertThat(list(at(policy, "spec", "policyTypes"))).contains("Ingress");
                    assertThat(list(at(policy, "spec", "ingress"))).isEmpty();
                });
        assertThat(ingressPorts(app, container, INGRESS_CONTROLLER))
                .as("the ingress controller (namespace " + INGRESS_NAMESPACE + ") reaches the application port, which the Service targets")
                .containsExactly(httpPort + "/TCP").containsExactly(containerPort(container, serviceTarget) + "/TCP");
        assertThat(ingressPorts(app, container, PROMETHEUS))
                .as("Prometheus (namespace " + MONITORING_NAMESPACE + ") reaches the management port only").containsExactly(managementPort + "/TCP");
        for (Peer stranger : List.of(new Peer(NAMESPACE, Map.of("app", "something-else")), new Peer("default", Map.of()),
                new Peer(NAMESPACE, Map.of()))) {
            assertThat(ingressPorts(app, container, stranger)).as("no port of the application is open to " + stranger).isEmpty();
        }
        assertThat(map(load(K8S.resolve("kustomization.yaml")).get(0)).get("namespace")).as("the application's namespace")
                .isEqualTo(NAMESPACE);
        assertThat(Files.readString(ROOT.resolve("deploy/README.md"))).as("deploy/README.md names the namespaces the policies admit")
                .contains("`" + INGRESS_NAMESPACE + "`", "`" + MONITORING_NAMESPACE + "`");
    }

    @Test
    void theApplicationReachesDnsPostgresAndTheMailRelayAndNothingElse() {
        Map<String, Object> app = podLabels();
        Map<String, Object> configMap = map(kubernetesObjects("ConfigMap").get(0).get("data"));
        String databasePort = jdbcPort(String.valueOf(configMap.get("SUPERVISION_DB_URL")));
        Object mailPort = configMap.get("SPRING_MAIL_PORT");

        assertThat(kubernetesObjects("NetworkPolicy")).as("the application's outbound traffic is restricted (policyTypes Egress)")
                .anySatisfy(policy -> {
                    assertThat(selects(map(at(policy, "spec", "podSelector")), app)).isTrue();
                    assertThat(list(at(policy, "spec", "policyTypes"))).contains("Egress");
                });
        assertThat(egressPorts(app, KUBE_DNS)).as("DNS, over UDP and TCP").contains("53/UDP", "53/TCP");
        assertThat(egressPorts(app, databasePod(liveCluster()))).as("PostgreSQL, on the port of SUPERVISION_DB_URL")
                .containsExactly(databasePort + "/TCP");
        assertThat(egressPorts(app, databasePod(restoreCluster())))
                .as("PostgreSQL of a cluster restored from backup too, so that the application can be switched over to it")
                .containsExactly(databasePort + "/TCP");
        assertThat(mailPort).as("configmap.yaml names the SMTP port (SPRING_MAIL_PORT) that networkpolicy.yaml opens").isNotNull();
        List<Map<String, Object>> addressRules = egressRules(app).stream()
                .filter(rule -> list(rule.get("to")).stream().anyMatch(peer -> map(peer).containsKey("ipBlock"))).toList();
        assertThat(addressRules).as("one rule for an address outside the cluster: the SMTP relay").hasSize(1);
        assertThat(portsOf(addressRules.get(0), Map.of())).as("the SMTP relay, on SPRING_MAIL_PORT").containsExactly(mailPort + "/TCP");
        assertThat(list(addressRules.get(0).get("to"))).allSatisfy(peer -> assertThat(String.valueOf(at(peer, "ipBlock", "cidr")))
                .as("one address, not a whole network").endsWith("/32"));
        assertThat(egressPorts(app, new Peer("default", Map.of("app", "anything")))).as("no other pod").isEmpty();
        assertThat(egressRules(app)).as("every egress rule names where to and which ports").allSatisfy(rule -> {
            assertThat(list(rule.get("to"))).isNotEmpty();
            assertThat(list(rule.get("ports"))).isNotEmpty();
        });
    }

    @Test
    void onlyTheApplicationTheClusterItselfAndTheOperatorReachPostgres() {
        Map<String, ?> database = databasePod(liveCluster()).labels();
        String databasePort = jdbcPort(String.valueOf(map(kubernetesObjects("ConfigMap").get(0).get("data")).get("SUPERVISION_DB_URL")));

        assertThat(ingressPorts(database, Map.of(), new Peer(NAMESPACE, podLabels()))).as("the application")
                .containsExactly(databasePort + "/TCP");
        assertThat(ingressPorts(database, Map.of(), databasePod(liveCluster()))).as("the other instances (replication)")
                .contains(databasePort + "/TCP");
        assertThat(ingressPorts(database, Map.of(), CNPG_OPERATOR)).as("the CloudNativePG operator: status port and PostgreSQL")
                .containsExactlyInAnyOrder("8000/TCP", databasePort + "/TCP");
        assertThat(ingressPorts(database, Map.of(), PROMETHEUS)).as("Prometheus: CloudNativePG's metrics exporter only")
                .containsExactly("9187/TCP");
        for (Peer stranger : List.of(INGRESS_CONTROLLER, new Peer(NAMESPACE, Map.of("app", "something-else")),
                new Peer("default", Map.of()))) {
            assertThat(ingressPorts(database, Map.of(), stranger)).as("PostgreSQL is closed to " + stranger).isEmpty();
        }
    }

    // ---------------------------------------------------------------- backups and the restore drill

    @Test
    void backupsAreOnWithContinuousWalArchivingADailyBaseBackupAndARetention() {
        Map<String, Object> cluster = liveCluster();
        String clusterName = (String) at(cluster, "metadata", "name");
        List<Map<String, Object>> stores = kubernetesObjects("ObjectStore");
        assertThat(stores).as("backup.yaml: the object store (barmancloud.cnpg.io ObjectStore) the backups go to").hasSize(1);
        Map<String, Object> store = stores.get(0);

        assertThat(at(cluster, "spec", "backup", "barmanObjectStore"))
                .as("the in-tree barmanObjectStore is deprecated since CloudNativePG 1.26: the Barman Cloud plugin does it").isNull();
        assertThat(list(at(cluster, "spec", "plugins"))).as("the Cluster archives its WAL through the Barman Cloud plugin")
                .anySatisfy(plugin -> {
                    assertThat(map(plugin).get("name")).isEqualTo(BARMAN_PLUGIN);
                    assertThat(map(plugin).get("isWALArchiver")).isEqualTo(true);
                    assertThat(at(plugin, "parameters", "barmanObjectName")).isEqualTo(at(store, "metadata", "name"));
                });
        assertThat(at(store, "spec", "configuration", "destinationPath")).as("ObjectStore destinationPath").isNotNull();
        for (String key : List.of("accessKeyId", "secretAccessKey")) {
            assertThat(at(store, "spec", "configuration", "s3Credentials", key, "name"))
                    .as("ObjectStore credentials come from a Secret: " + key).isNotNull();
        }
        assertThat(String.valueOf(at(store, "spec", "retentionPolicy"))).as("ObjectStore retentionPolicy, e.g. 30d")
                .matches("[1-9][0-9]*[dwm]");

        List<Map<String, Object>> schedules = kubernetesObjects("ScheduledBackup");
        assertThat(schedules).as("a ScheduledBackup takes base backups").hasSize(1);
        Map<String, Object> schedule = schedules.get(0);
        assertThat(at(schedule, "spec", "cluster", "name")).as("ScheduledBackup of the Cluster").isEqualTo(clusterName);
        assertThat(at(schedule, "spec", "method")).isEqualTo("plugin");
        assertThat(at(schedule, "spec", "pluginConfiguration", "name")).isEqualTo(BARMAN_PLUGIN);
        assertThat(String.valueOf(at(schedule, "spec", "schedule")).split(" "))
                .as("CloudNativePG's schedule has six fields, seconds first: five would mean every minute's second n").hasSize(6);
    }

    @Test
    void theRestoreDrillRecoversTheLiveBackupsIntoANewClusterAndChecksItApartFromUsers() throws IOException {
        Map<String, Object> live = liveCluster();
        Map<String, Object> restored = restoreCluster();
        String liveName = (String) at(live, "metadata", "name");
        String restoredName = (String) at(restored, "metadata", "name");
        Map<String, Object> store = kubernetesObjects("ObjectStore").get(0);

        Map<String, Object> kustomization = map(load(RESTORE.resolve("kustomization.yaml")).get(0));
        Map<String, Object> liveKustomization = map(load(K8S.resolve("kustomization.yaml")).get(0));
        try (Stream<Path> files = Files.list(RESTORE)) {
            assertThat(list(kustomization.get("resources"))).as("restore/kustomization.yaml lists its manifests")
                    .containsExactlyInAnyOrderElementsOf(files.filter(DeployManifestsTest::isYaml).map(f -> f.getFileName().toString())
                            .filter(f -> !f.equals("kustomization.yaml")).toList());
        }
        assertThat(kustomization.get("namespace")).isEqualTo(liveKustomization.get("namespace"));
        assertThat(kustomization.get("images")).as("the drill runs the same image as the live application")
                .isEqualTo(liveKustomization.get("images"));

        assertThat(restoredName).as("recovery bootstraps a new cluster, never the live one").isNotEqualTo(liveName);
        String source = (String) at(restored, "spec", "bootstrap", "recovery", "source");
        Map<String, Object> external = list(at(restored, "spec", "externalClusters")).stream().map(DeployManifestsTest::map)
                .filter(cluster -> Objects.equals(cluster.get("name"), source)).findFirst()
                .orElseGet(() -> fail("bootstrap.recovery.source " + source + " must name one of spec.externalClusters"));
        assertThat(at(external, "plugin", "name")).isEqualTo(BARMAN_PLUGIN);
        assertThat(at(external, "plugin", "parameters", "barmanObjectName")).as("recovers from the live backups' object store")
                .isEqualTo(at(store, "metadata", "name"));
        assertThat(at(external, "plugin", "parameters", "serverName")).as("from the live cluster's folder in it")
                .isEqualTo(liveName);
        assertThat(at(restored, "spec", "bootstrap", "recovery", "database"))
                .isEqualTo(at(live, "spec", "bootstrap", "initdb", "database"));
        assertThat(at(restored, "spec", "bootstrap", "recovery", "owner")).isEqualTo(at(live, "spec", "bootstrap", "initdb", "owner"));
        for (Object plugin : list(at(restored, "spec", "plugins"))) {
            if (Boolean.TRUE.equals(map(plugin).get("isWALArchiver"))) {
                Object folder = Objects.requireNonNullElse(at(plugin, "parameters", "serverName"), restoredName);
                assertThat(folder).as("a restored cluster must not archive its WAL into the live cluster's folder").isNotEqualTo(liveName);
            }
        }

        Map<String, Object> check = kubernetesObjects(RESTORE, "Deployment").get(0);
        Map<String, Object> checkLabels = map(at(check, "spec", "template", "metadata", "labels"));
        Map<String, Object> checkContainer = map(list(at(check, "spec", "template", "spec", "containers")).get(0));
        Map<String, Object> env = new LinkedHashMap<>();
        list(checkContainer.get("env")).forEach(entry -> env.put((String) map(entry).get("name"), map(entry)));
        String database = (String) at(live, "spec", "bootstrap", "initdb", "database");
        assertThat(at(env.get("SUPERVISION_DB_URL"), "value")).as("the check runs on the restored cluster")
                .isEqualTo("jdbc:postgresql://" + restoredName + "-rw:5432/" + database);
        for (String login : List.of("SUPERVISION_DB_USER", "SUPERVISION_DB_PASSWORD")) {
            assertThat(at(env.get(login), "valueFrom", "secretKeyRef", "name")).as(login).isEqualTo(restoredName + "-app");
        }
        assertThat(at(env.get("CAMUNDA_BPM_JOBEXECUTION_ENABLED"), "value"))
                .as("no timer, reminder or e-mail runs from the copy").isEqualTo("false");
        assertThat(at(check, "spec", "replicas")).isEqualTo(1);
        assertThat(checkContainer.get("image")).isEqualTo(containers().get(0).get("image"));
        assertThat(selects(Map.of("matchLabels", map(at(kubernetesObjects("Service").get(0), "spec", "selector"))), checkLabels))
                .as("the Service never sends users to the restore check").isFalse();
        assertThat(selects(map(at(deployment(), "spec", "selector")), checkLabels)).as("nor does the live Deployment adopt it").isFalse();
        assertThat(selects(map(at(kubernetesObjects("PodDisruptionBudget").get(0), "spec", "selector")), checkLabels)).isFalse();
        assertThat(egressPorts(checkLabels, databasePod(restored))).as("the network policies let the check reach the restored cluster")
                .contains("5432/TCP");
    }

    // ---------------------------------------------------------------- compose

    @Test
    void composeStartsTheAppOnlyOnceAHealthyPostgresHasItsNamedVolume() {
        Map<String, Object> compose = compose();
        Map<String, Object> services = map(compose.get("services"));
        Map<String, Object> app = map(services.get("app"));
        Map<String, Object> postgres = map(services.get("postgres"));
        assertThat(app).as("compose service `app`").isNotEmpty();
        assertThat(postgres).as("compose service `postgres`").isNotEmpty();

        assertThat(at(app, "depends_on", "postgres", "condition"))
                .as("app must wait for a healthy database (depends_on.postgres.condition: service_healthy), or its first start fails")
                .isEqualTo("service_healthy");
        assertThat(app.get("env_file")).as("app must read its secrets from an env_file (.env, git-ignored)").isNotNull();
        assertThat(String.valueOf(at(postgres, "healthcheck", "test"))).as("postgres needs a pg_isready healthcheck for service_healthy")
                .contains("pg_isready");
        assertThat(String.valueOf(at(app, "healthcheck", "test"))).as("app healthcheck must ask Actuator on the management port")
                .contains(":" + managementPortOfTheApplication() + "/actuator/health/");
        assertThat(app.get("restart")).as("app restart policy").isNotNull();
        assertThat(postgres.get("restart")).as("postgres restart policy").isNotNull();

        List<String> volumes = list(postgres.get("volumes")).stream().map(String::valueOf).toList();
        String dataVolume = volumes.stream().filter(v -> v.endsWith(":/var/lib/postgresql/data")).findFirst()
                .orElseGet(() -> fail("postgres must keep /var/lib/postgresql/data in a volume, or `docker compose down` loses the database"));
        String source = dataVolume.substring(0, dataVolume.indexOf(':'));
        assertThat(map(compose.get("volumes"))).as("the database volume must be a named volume declared under `volumes:`, not a host path")
                .containsKey(source);

        for (Object port : list(app.get("ports"))) {
            assertThat(String.valueOf(port)).as("compose must not publish the management port (Actuator)")
                    .doesNotEndWith(":" + managementPortOfTheApplication());
        }
    }

    @Test
    void composeHoldsNoSecretValues() throws IOException {
        for (Map.Entry<String, Object> service : map(compose().get("services")).entrySet()) {
            environment(map(service.getValue()).get("environment")).forEach((name, value) -> {
                if (SECRET_NAME.matcher(name).find()) {
                    assertThat(String.valueOf(value))
                            .as("compose service " + service.getKey() + ": " + name + " must be a ${VARIABLE} taken from .env, never a literal")
                            .matches("\\$\\{[A-Z0-9_]+(:?[?-][^}]*)?}");
                }
            });
        }
        assertThat(Files.readAllLines(ROOT.resolve(".gitignore"))).as(".gitignore must keep deploy/compose/.env (real secrets) out of git")
                .contains("deploy/compose/.env");
        String example = Files.readString(COMPOSE.resolveSibling(".env.example"));
        assertThat(example).as(".env.example names every secret the compose file needs")
                .contains("POSTGRES_PASSWORD=", "SUPERVISION_ADMIN_PASSWORD=", AUDIT_KEYS_PREFIX, "SUPERVISION_AUDIT_CURRENTKEY=");
        assertThat(example).as(".env.example holds placeholders only").contains("change-me");
        Matcher auditKey = Pattern.compile("(?m)^" + AUDIT_KEYS_PREFIX + "(\\w+)=(.*)$").matcher(example);
        assertThat(auditKey.find()).as(".env.example has an audit chain key").isTrue();
        assertThat(auditKey.group(2).length()).as(".env.example's audit chain key placeholder must be shorter than the 32"
                + " characters start-up asks for, so that an installation that forgets to replace it does not start")
                .isLessThan(32);
        assertThat(example).as(".env.example's current audit key must be the one it gives a secret for")
                .contains("SUPERVISION_AUDIT_CURRENTKEY=" + auditKey.group(1).toLowerCase());
    }

    // ---------------------------------------------------------------- Dockerfile

    @Test
    void theDockerfileBuildsInOneStageAndRunsInAnotherAsNonRootWithAHealthcheck() throws IOException {
        List<String> lines = instructions(Files.readAllLines(DOCKERFILE));
        List<String> from = lines.stream().filter(l -> l.matches("(?i)FROM\\s.*")).toList();
        int lastFrom = lines.indexOf(from.get(from.size() - 1));
        List<String> runtime = lines.subList(lastFrom, lines.size());

        assertThat(from).as("multi-stage build: a build stage with Maven and a JRE-only runtime stage").hasSizeGreaterThanOrEqualTo(2);
        List<String> users = runtime.stream().filter(l -> l.matches("(?i)USER\\s.*")).toList();
        assertThat(users).as("the runtime stage must switch to a non-root USER").isNotEmpty();
        String user = users.get(users.size() - 1).substring(4).trim();
        assertThat(user.split(":")[0]).as("USER must be a non-root numeric id, so Kubernetes' runAsNonRoot can check it")
                .matches("\\d+").isNotEqualTo("0");
        assertThat(runtime).as("the runtime stage needs a HEALTHCHECK on Actuator's liveness probe")
                .anyMatch(l -> l.matches("(?i)HEALTHCHECK\\s.*") && l.contains(LIVENESS));
        assertThat(runtime).as("EXPOSE 8080 (the application port)").anyMatch(l -> l.matches("(?i)EXPOSE\\s.*\\b8080\\b.*"));
        assertThat(runtime).as("JAVA_TOOL_OPTIONS must size the heap from the container limit and stop on OutOfMemoryError")
                .anyMatch(l -> l.contains("JAVA_TOOL_OPTIONS") && l.contains("-XX:MaxRAMPercentage=")
                        && l.contains("-XX:+ExitOnOutOfMemoryError"));
        assertThat(String.join("\n", runtime)).as("the HEALTHCHECK's default port must be the management port")
                .contains(":-" + managementPortOfTheApplication() + "}" + LIVENESS);
    }

    @Test
    void theBuildContextLeavesOutBuildOutputDataAndGitHistory() throws IOException {
        List<String> ignored = Files.readAllLines(ROOT.resolve(".dockerignore")).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.replaceAll("/+$", "")).toList();

        assertThat(ignored).as(".dockerignore at the project root (the build context) must leave out target/, data/ (H2 files) and .git")
                .contains("target", "data", ".git");
    }

    // ---------------------------------------------------------------- helpers

    /** A pod that opens or receives a connection: its namespace and its labels. */
    record Peer(String namespace, Map<String, ?> labels) {
    }

    static Peer databasePod(Map<String, Object> cluster) {
        // the labels CloudNativePG puts on every instance pod
        return new Peer(NAMESPACE, Map.of("cnpg.io/cluster", at(cluster, "metadata", "name"), "cnpg.io/podRole", "instance",
                "role", "primary"));
    }

    static Map<String, Object> liveCluster() {
        return kubernetesObjects("Cluster").stream().filter(c -> String.valueOf(c.get("apiVersion")).startsWith("postgresql.cnpg.io/"))
                .findFirst().orElseGet(() -> fail("no CloudNativePG Cluster in deploy/k8s"));
    }

    static Map<String, Object> restoreCluster() {
        return kubernetesObjects(RESTORE, "Cluster").stream().findFirst()
                .orElseGet(() -> fail("deploy/k8s/restore holds the Cluster of the restore drill"));
    }

    static String jdbcPort(String url) {
        Matcher port = Pattern.compile("jdbc:postgresql://[^/:]+(?::(\\d+))?/.*").matcher(url);
        assertThat(port.matches()).as("a PostgreSQL JDBC URL: " + url).isTrue();
        return port.group(1) == null ? "5432" : port.group(1);
    }

    /** Kubernetes label selector semantics: matchLabels and matchExpressions, all must hold; empty selects everything. */
    static boolean selects(Map<String, Object> selector, Map<String, ?> labels) {
        for (Map.Entry<String, Object> wanted : map(selector.get("matchLabels")).entrySet()) {
            if (!Objects.equals(String.valueOf(wanted.getValue()), labels.containsKey(wanted.getKey())
                    ? String.valueOf(labels.get(wanted.getKey())) : null)) {
                return false;
            }
        }
        for (Object entry : list(selector.get("matchExpressions"))) {
            Map<String, Object> expression = map(entry);
            String key = (String) expression.get("key");
            List<String> values = list(expression.get("values")).stream().map(String::valueOf).toList();
            boolean has = labels.containsKey(key);
            boolean holds = switch (String.valueOf(expression.get("operator"))) {
                case "Exists" -> has;
                case "DoesNotExist" -> !has;
                case "In" -> has && values.contains(String.valueOf(labels.get(key)));
                case "NotIn" -> !has || !values.contains(String.valueOf(labels.get(key)));
                default -> fail("unknown selector operator in " + expression);
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /** Whether a NetworkPolicy peer (from/to entry) of a policy in this namespace is that pod. */
    static boolean peerIs(Object peerEntry, Peer pod) {
        Map<String, Object> peer = map(peerEntry);
        if (peer.containsKey("ipBlock")) {
            return false;
        }
        boolean namespace = peer.containsKey("namespaceSelector")
                ? selects(map(peer.get("namespaceSelector")), Map.of("kubernetes.io/metadata.name", pod.namespace()))
                : pod.namespace().equals(NAMESPACE);
        return namespace && (!peer.containsKey("podSelector") || selects(map(peer.get("podSelector")), pod.labels()));
    }

    static List<Map<String, Object>> policiesFor(Map<String, ?> podLabels, String type) {
        return kubernetesObjects("NetworkPolicy").stream()
                .filter(policy -> selects(map(at(policy, "spec", "podSelector")), podLabels))
                .filter(policy -> {
                    List<Object> types = list(at(policy, "spec", "policyTypes"));
                    return types.isEmpty() ? type.equals("Ingress") : types.contains(type);
                }).toList();
    }

    /** The ports ("8080/TCP") on a pod that a client may open, by the policies that select the pod ("*" for all). */
    static Set<String> ingressPorts(Map<String, ?> podLabels, Map<String, Object> container, Peer client) {
        Set<String> ports = new TreeSet<>();
        for (Map<String, Object> policy : policiesFor(podLabels, "Ingress")) {
            for (Object entry : list(at(policy, "spec", "ingress"))) {
                Map<String, Object> rule = map(entry);
                List<Object> from = list(rule.get("from"));
                if (from.isEmpty() || from.stream().anyMatch(peer -> peerIs(peer, client))) {
                    ports.addAll(portsOf(rule, container));
                }
            }
        }
        return ports;
    }

    static List<Map<String, Object>> egressRules(Map<String, ?> podLabels) {
        return policiesFor(podLabels, "Egress").stream().flatMap(policy -> list(at(policy, "spec", "egress")).stream())
                .map(DeployManifestsTest::map).toList();
    }

    /** The ports a pod may open on a destination pod, by the policies that select the first pod. */
    static Set<String> egressPorts(Map<String, ?> podLabels, Peer destination) {
        Set<String> ports = new TreeSet<>();
        for (Map<String, Object> rule : egressRules(podLabels)) {
            List<Object> to = list(rule.get("to"));
            if (to.isEmpty() || to.stream().anyMatch(peer -> peerIs(peer, destination))) {
                ports.addAll(portsOf(rule, Map.of()));
            }
        }
        return ports;
    }

    static Set<String> portsOf(Map<String, Object> rule, Map<String, Object> container) {
        List<Object> ports = list(rule.get("ports"));
        if (ports.isEmpty()) {
            return Set.of("*");
        }
        Set<String> result = new TreeSet<>();
        for (Object entry : ports) {
            Object port = map(entry).get("port");
            int number = port instanceof Integer n ? n : containerPort(container, port);
            result.add(number + "/" + Objects.requireNonNullElse(map(entry).get("protocol"), "TCP"));
        }
        return result;
    }

    static List<Map<String, Object>> kubernetesObjects(String kind) {
        return kubernetesObjects(K8S, kind);
    }


    /** management.server.port's default in application.yml, e.g. 8081 from ${SUPERVISION_MANAGEMENT_PORT:8081}. */
    static int managementPortOfTheApplication() {
        Object port = at(map(load(ROOT.resolve("src/main/resources/application.yml")).get(0)), "management", "server", "port");
        assertThat(port).as("application.yml must set management.server.port: Actuator stays off the public port").isNotNull();
        Matcher placeholder = Pattern.compile("\\$\\{[^:}]+:(\\d+)}").matcher(String.valueOf(port));
        return placeholder.matches() ? Integer.parseInt(placeholder.group(1)) : Integer.parseInt(String.valueOf(port));
    }

    /** A port given by number or by the name of one of the container's ports. */
    static int containerPort(Map<String, Object> container, Object port) {
        if (port instanceof Integer number) {
            return number;
        }
        for (Object entry : list(container.get("ports"))) {
            if (Objects.equals(map(entry).get("name"), port)) {
                return (Integer) map(entry).get("containerPort");
            }
        }
        return fail("container " + container.get("name") + " has no port named " + port);
    }

    static Map<String, Object> deployment() {
        List<Map<String, Object>> deployments = kubernetesObjects("Deployment");
        assertThat(deployments).as("deploy/k8s holds exactly one Deployment, the engine").hasSize(1);
        return deployments.get(0);
    }

    static Map<String, Object> podSpec() {
        return map(at(deployment(), "spec", "template", "spec"));
    }

    static Map<String, Object> podLabels() {
        Map<String, Object> labels = map(at(deployment(), "spec", "template", "metadata", "labels"));
        assertThat(labels).as("Deployment selector must match its own pod labels")
                .containsAllEntriesOf(map(at(deployment(), "spec", "selector", "matchLabels")));
        return labels;
    }

    static List<Map<String, Object>> containers() {
        List<Map<String, Object>> containers = list(podSpec().get("containers")).stream().map(DeployManifestsTest::map).toList();
        assertThat(containers).as("the Deployment has containers").isNotEmpty();
        return containers;
    }

    static List<Map<String, Object>> kubernetesObjects(Path folder, String kind) {
        List<Map<String, Object>> objects = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(DeployManifestsTest::isYaml).sorted().toList()) {
                for (Object document : load(file)) {
                    if (kind.equals(map(document).get("kind"))) {
                        objects.add(map(document));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return objects;
    }

    static Map<String, Object> compose() {
        return map(load(COMPOSE).get(0));
    }

    /** Compose accepts `environment` as a mapping or as a list of NAME=value. */
    static Map<String, Object> environment(Object environment) {
        Map<String, Object> result = new LinkedHashMap<>(map(environment));
        for (Object entry : list(environment)) {
            String line = String.valueOf(entry);
            int equals = line.indexOf('=');
            result.put(equals < 0 ? line : line.substring(0, equals), equals < 0 ? null : line.substring(equals + 1));
        }
        return result;
    }

    /** Dockerfile instructions with comments dropped and backslash continuations joined. */
    static List<String> instructions(List<String> raw) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : raw) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
            } else {
                result.add(current.append(trimmed).toString());
                current.setLength(0);
            }
        }
        return result;
    }

    static List<Object> load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            List<Object> documents = new ArrayList<>();
            new Yaml().loadAll(reader).forEach(doc -> {
                if (doc != null) {
                    documents.add(doc);
                }
            });
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    static Object at(Object root, String... path) {
        Object current = root;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> ? (List<Object>) value : List.of();
    }
}
