package io.claimbase.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rendered manifests agree with the application: port, health endpoints, configuration, names and selectors. */
class K8sManifestConsistencyTest {

    /**
     * Properties the application reads that are not set in application.properties: the datasource and JWT settings
     * that deployments supply. Kept short and explicit: a key that is not here nor in application.properties fails.
     */
    private static final Set<String> FRAMEWORK_PROPERTIES = Set.of(
            "quarkus.datasource.reactive.url",
            "quarkus.datasource.jdbc.url",
            "quarkus.datasource.username",
            "quarkus.datasource.password",
            "quarkus.log.level",
            "quarkus.http.cors.origins",
            "mp.jwt.verify.issuer",
            "mp.jwt.verify.publickey.location");

    private final ApplicationProperties properties = ApplicationProperties.load();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theContainerPortIsTheApplicationsHttpPortAndTheServiceTargetsIt(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        Container container = container(manifests);
        ContainerPort http = container.getPorts().get(0);

        assertEquals(1, container.getPorts().size());
        assertEquals(Integer.parseInt(properties.prod("quarkus.http.port").orElse("8080")), http.getContainerPort());
        assertEquals(
                http.getName(),
                manifests
                        .one(Service.class)
                        .getSpec()
                        .getPorts()
                        .get(0)
                        .getTargetPort()
                        .getStrVal());
        Stream.of(container.getStartupProbe(), container.getReadinessProbe(), container.getLivenessProbe())
                .forEach(probe -> assertEquals(
                        http.getName(), probe.getHttpGet().getPort().getStrVal()));
        assertEquals(
                String.valueOf(http.getContainerPort()),
                podAnnotations(manifests).get("prometheus.io/port"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void probesAndScrapingUseTheQuarkusEndpoints(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        Container container = container(manifests);
        String root =
                "/" + properties.prod("quarkus.http.non-application-root-path").orElse("q");
        String health = root + "/"
                + properties.prod("quarkus.smallrye-health.root-path").orElse("health");

        assertEquals(
                health + "/started", container.getStartupProbe().getHttpGet().getPath());
        assertEquals(
                health + "/ready", container.getReadinessProbe().getHttpGet().getPath());
        assertEquals(health + "/live", container.getLivenessProbe().getHttpGet().getPath());
        assertEquals(root + "/metrics", podAnnotations(manifests).get("prometheus.io/path"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyEnvironmentVariableIsOneTheApplicationReads(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        Set<String> readable = Stream.concat(properties.names().stream(), FRAMEWORK_PROPERTIES.stream())
                .map(ApplicationProperties::environmentName)
                .collect(Collectors.toSet());

        Set<String> unknown = new TreeSet<>(environment(manifests));
        unknown.removeAll(readable);

        assertTrue(environment(manifests).contains("QUARKUS_DATASOURCE_REACTIVE_URL"));
        assertTrue(unknown.isEmpty(), "set by the manifests but read by no property: " + unknown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theAppWritesToTheClustersReadWriteServiceWithTheClustersOwnerSecret(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        CnpgCluster cluster = manifests.one(CnpgCluster.class);
        Map<String, String> config =
                manifests.named(ConfigMap.class, "claimbase-config").getData();
        String target = cluster.metadata().getName() + "-rw:5432/"
                + cluster.spec().bootstrap().initdb().database();

        assertEquals("postgresql://" + target, config.get("QUARKUS_DATASOURCE_REACTIVE_URL"));
        assertEquals("jdbc:postgresql://" + target, config.get("QUARKUS_DATASOURCE_JDBC_URL"));
        String secretName = cluster.spec().bootstrap().initdb().secret().name();
        List<EnvVar> fromSecret = container(manifests).getEnv().stream()
                .filter(env -> env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null)
                .filter(env -> env.getName().startsWith("QUARKUS_DATASOURCE_"))
                .toList();
        assertEquals(2, fromSecret.size());
        Secret template = (Secret) new StrictManifestReader()
                .read("secret.template.yaml", Manifests.read(Manifests.ROOT.resolve("secret.template.yaml")))
                .get(0);
        assertEquals(secretName, template.getMetadata().getName());
        assertEquals(
                cluster.spec().bootstrap().initdb().owner(),
                template.getStringData().get("username"));
        fromSecret.forEach(env -> {
            assertEquals(secretName, env.getValueFrom().getSecretKeyRef().getName());
            assertTrue(template.getStringData()
                    .containsKey(env.getValueFrom().getSecretKeyRef().getKey()));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theCursorSecretComesFromTheApiSecretAndOnlyDevLoadsTheDemoSeeds(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        EnvVar cursorSecret = container(manifests).getEnv().stream()
                .filter(env -> env.getName().equals("CLAIMBASE_API_CURSOR_SECRET"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no CLAIMBASE_API_CURSOR_SECRET in " + overlay));
        Secret template = (Secret) new StrictManifestReader()
                .read("secret.template.yaml", Manifests.read(Manifests.ROOT.resolve("secret.template.yaml")))
                .get(1);
        assertEquals(
                template.getMetadata().getName(),
                cursorSecret.getValueFrom().getSecretKeyRef().getName());
        assertTrue(template.getStringData()
                .containsKey(cursorSecret.getValueFrom().getSecretKeyRef().getKey()));
        assertTrue(
                manifests.named(ConfigMap.class, "claimbase-config").getData().keySet().stream()
                        .noneMatch(key -> key.equals("CLAIMBASE_API_CURSOR_SECRET")),
                "the secret is not in the ConfigMap");
        assertEquals(
                overlay.equals("dev") ? "true" : "false",
                manifests.named(ConfigMap.class, "claimbase-config").getData().get("CLAIMBASE_SEEDS_LOAD_AT_START"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void selectorsFindThePodsTheyAreMeantFor(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        Deployment deployment = manifests.one(Deployment.class);
        Map<String, String> podLabels =
                deployment.getSpec().getTemplate().getMetadata().getLabels();
        NetworkPolicy database = manifests.named(NetworkPolicy.class, "claimbase-db-ingress");
        NetworkPolicyPeer appPeer =
                database.getSpec().getIngress().get(0).getFrom().get(0);

        assertSelects(deployment.getSpec().getSelector().getMatchLabels(), podLabels);
        assertSelects(manifests.one(Service.class).getSpec().getSelector(), podLabels);
        assertSelects(
                manifests.one(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels(), podLabels);
        assertSelects(
                manifests
                        .named(NetworkPolicy.class, "claimbase-ingress")
                        .getSpec()
                        .getPodSelector()
                        .getMatchLabels(),
                podLabels);
        assertSelects(appPeer.getPodSelector().getMatchLabels(), podLabels);
        assertEquals(
                5432,
                database.getSpec()
                        .getIngress()
                        .get(0)
                        .getPorts()
                        .get(0)
                        .getPort()
                        .getIntVal());
        assertEquals(
                Map.of(
                        "cnpg.io/cluster",
                        manifests.one(CnpgCluster.class).metadata().getName()),
                database.getSpec().getPodSelector().getMatchLabels());
        assertEquals(
                deployment.getMetadata().getName(),
                manifests
                        .one(HorizontalPodAutoscaler.class)
                        .getSpec()
                        .getScaleTargetRef()
                        .getName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void thePodRunsLockedDownWithOnlyTmpWritable(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        PodSpec pod = manifests.one(Deployment.class).getSpec().getTemplate().getSpec();
        Container container = container(manifests);

        assertTrue(pod.getSecurityContext().getRunAsNonRoot());
        assertEquals(185L, pod.getSecurityContext().getRunAsUser());
        assertFalse(container.getSecurityContext().getAllowPrivilegeEscalation());
        assertTrue(container.getSecurityContext().getReadOnlyRootFilesystem());
        assertEquals(
                List.of("ALL"), container.getSecurityContext().getCapabilities().getDrop());
        VolumeMount tmp = container.getVolumeMounts().stream()
                .filter(m -> m.getMountPath().equals("/tmp"))
                .findFirst()
                .orElseThrow();
        assertNotNull(pod.getVolumes().stream()
                .filter(v -> v.getName().equals(tmp.getName()))
                .findFirst()
                .orElseThrow()
                .getEmptyDir());
        assertTrue(
                container.getVolumeMounts().stream()
                        .filter(m -> m != tmp)
                        .allMatch(m -> Boolean.TRUE.equals(m.getReadOnly())),
                "every other mount is read-only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void shutdownFinishesWithinTheGracePeriodAndResourcesAreBounded(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        PodSpec pod = manifests.one(Deployment.class).getSpec().getTemplate().getSpec();
        Map<String, Quantity> requests = container(manifests).getResources().getRequests();
        Map<String, Quantity> limits = container(manifests).getResources().getLimits();
        Duration delay = duration(properties.prod("quarkus.shutdown.delay").orElseThrow());
        Duration timeout = duration(properties.prod("quarkus.shutdown.timeout").orElseThrow());

        assertTrue(
                Duration.ofSeconds(pod.getTerminationGracePeriodSeconds()).compareTo(delay.plus(timeout)) > 0,
                "terminationGracePeriodSeconds must exceed quarkus.shutdown.delay + quarkus.shutdown.timeout");
        assertNotNull(requests.get("cpu"), "HPA utilization needs a cpu request");
        assertTrue(Quantity.getAmountInBytes(limits.get("memory"))
                        .compareTo(Quantity.getAmountInBytes(requests.get("memory")))
                >= 0);
    }

    private static void assertSelects(Map<String, String> selector, Map<String, String> labels) {
        assertFalse(selector.isEmpty());
        assertTrue(labels.entrySet().containsAll(selector.entrySet()), selector + " does not select " + labels);
    }

    private static Container container(Manifests manifests) {
        List<Container> containers = manifests
                .one(Deployment.class)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers();
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    private static Map<String, String> podAnnotations(Manifests manifests) {
        return manifests
                .one(Deployment.class)
                .getSpec()
                .getTemplate()
                .getMetadata()
                .getAnnotations();
    }

    /** Names of all variables the container gets: env entries and every key of the ConfigMaps it takes whole. */
    private static Set<String> environment(Manifests manifests) {
        Container container = container(manifests);
        Stream<String> direct = container.getEnv().stream().map(EnvVar::getName);
        Stream<String> fromConfigMaps = container.getEnvFrom().stream()
                .map(EnvFromSource::getConfigMapRef)
                .filter(java.util.Objects::nonNull)
                .flatMap(ref -> manifests.named(ConfigMap.class, ref.getName()).getData().keySet().stream());
        assertTrue(
                container.getEnvFrom().stream().allMatch(source -> source.getSecretRef() == null),
                "take credentials key by key (env.valueFrom.secretKeyRef), so that each is checked");
        return Stream.concat(direct, fromConfigMaps).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Quarkus durations as written in application.properties: "5s", "20s", "1m" or ISO-8601. */
    private static Duration duration(String value) {
        return value.startsWith("P") ? Duration.parse(value) : Duration.parse("PT" + value.toUpperCase());
    }
}
