package io.claimbase.k8s;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimbase.k8s.StrictManifestReader.InvalidManifestException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every manifest in k8s/ (each base file, the Secret template, each rendered overlay) binds strictly to the
 * Kubernetes schemas; and the validator is shown to reject a misspelled field and a value of the wrong type.
 */
class K8sManifestValidationTest {

    private final StrictManifestReader reader = new StrictManifestReader();

    static List<Path> baseFiles() {
        return Manifests.baseFiles();
    }

    @ParameterizedTest
    @MethodSource("baseFiles")
    void everyBaseFileValidatesAgainstItsSchema(Path file) {
        List<Object> resources = reader.read(file.toString(), Manifests.read(file));

        assertFalse(resources.isEmpty(), file + " holds no resource");
    }

    @Test
    void theBaseHoldsTheWholeApplicationAndItsDatabase() {
        Map<String, Long> kinds = Manifests.baseFiles().stream()
                .flatMap(file -> reader.read(file.toString(), Manifests.read(file)).stream())
                .collect(Collectors.groupingBy(
                        resource -> resource.getClass().getSimpleName(), TreeMap::new, Collectors.counting()));

        assertEquals(
                new TreeMap<>(Map.of(
                        "ServiceAccount",
                        1L,
                        "ConfigMap",
                        1L,
                        "Deployment",
                        1L,
                        "Service",
                        1L,
                        "HorizontalPodAutoscaler",
                        1L,
                        "PodDisruptionBudget",
                        1L,
                        "NetworkPolicy",
                        2L,
                        "CnpgCluster",
                        1L)),
                kinds);
    }

    @Test
    void theSecretTemplateValidatesAndCarriesNoRealPassword() {
        Path template = Manifests.ROOT.resolve("secret.template.yaml");

        Secret secret = (Secret)
                reader.read(template.toString(), Manifests.read(template)).get(0);

        assertEquals("kubernetes.io/basic-auth", secret.getType());
        assertEquals(Map.of("username", "claimbase", "password", "REPLACE_ME"), secret.getStringData());
        Secret api = (Secret)
                reader.read(template.toString(), Manifests.read(template)).get(1);
        assertEquals("claimbase-api", api.getMetadata().getName());
        assertEquals(Map.of("cursor-secret", "REPLACE_ME"), api.getStringData());
        assertTrue(api.getData() == null || api.getData().isEmpty(), "no base64 data in the template");
        assertTrue(secret.getData() == null || secret.getData().isEmpty(), "no base64 data in the template");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyOverlayRendersAndValidatesIntoItsOwnNamespace(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);

        String namespace = overlay.equals("prod") ? "claimbase" : "claimbase-dev";
        assertEquals(9, manifests.all().size());
        assertAll(manifests.all(HasMetadata.class).stream()
                .map(resource -> () -> assertEquals(
                        namespace,
                        resource.getMetadata().getNamespace(),
                        resource.getKind() + " " + resource.getMetadata().getName())));
        assertEquals(namespace, manifests.one(CnpgCluster.class).metadata().getNamespace());
    }

    @Test
    void devRunsOneOfEverythingAndProdThreeDatabaseInstances() {
        Manifests dev = Manifests.overlay("dev");
        Manifests prod = Manifests.overlay("prod");

        assertEquals(1, dev.one(Deployment.class).getSpec().getReplicas());
        assertEquals(1, dev.one(HorizontalPodAutoscaler.class).getSpec().getMinReplicas());
        assertEquals(1, dev.one(CnpgCluster.class).spec().instances());
        assertEquals("localhost/claimbase:jvm", image(dev));

        assertEquals(2, prod.one(HorizontalPodAutoscaler.class).getSpec().getMinReplicas());
        assertEquals(3, prod.one(CnpgCluster.class).spec().instances());
        assertEquals("50Gi", prod.one(CnpgCluster.class).spec().storage().size().toString());
        assertEquals("registry.example.org/claimbase/claimbase:0.1.0", image(prod));
    }

    @Test
    void aMisspelledFieldIsRejected() {
        assertRejected("deployment.yaml", "readinessProbe:", "readinesProbe:", "readinesProbe");
        assertRejected("service.yaml", "targetPort:", "targetport:", "targetport");
        assertRejected("postgres-cluster.yaml", "instances: 3", "instance: 3", "instance");
    }

    @Test
    void aValueOfTheWrongTypeIsRejected() {
        assertRejected("deployment.yaml", "replicas: 2", "replicas: two", "replicas");
        assertRejected("deployment.yaml", "containerPort: 8080", "containerPort: \"8080\"", "containerPort");
        assertRejected("deployment.yaml", "runAsNonRoot: true", "runAsNonRoot: \"yes\"", "runAsNonRoot");
        assertRejected(
                "configmap.yaml",
                "QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE: \"20\"",
                "QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE: 20",
                "data");
        assertRejected("postgres-cluster.yaml", "instances: 3", "instances: three", "instances");
        assertRejected("postgres-cluster.yaml", "max_connections: \"200\"", "max_connections: 200", "parameters");
        assertRejected(
                "postgres-cluster.yaml",
                "primaryUpdateStrategy: unsupervised",
                "primaryUpdateStrategy: sometimes",
                "primaryUpdateStrategy");
    }

    @Test
    void aKindWithoutAKnownSchemaIsRejected() {
        String ingress = """
                apiVersion: networking.k8s.io/v1beta1
                kind: Ingress
                metadata:
                  name: claimbase
                """;

        InvalidManifestException rejected =
                assertThrows(InvalidManifestException.class, () -> reader.read("inline", ingress));
        assertTrue(rejected.getMessage().contains("no schema known"), rejected.getMessage());
    }

    private static String image(Manifests manifests) {
        return manifests
                .one(Deployment.class)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getImage();
    }

    /** Mutates one base file: the file as committed must pass, the mutated one must fail, naming the field. */
    private void assertRejected(String file, String original, String broken, String field) {
        String text = Manifests.read(Manifests.BASE.resolve(file));
        assertTrue(text.contains(original), file + " should contain " + original);
        reader.read(file, text);

        InvalidManifestException rejected = assertThrows(
                InvalidManifestException.class,
                () -> reader.read(file, text.replace(original, broken)),
                file + " with " + broken);
        assertTrue(rejected.getMessage().contains(field), rejected.getMessage());
    }
}
