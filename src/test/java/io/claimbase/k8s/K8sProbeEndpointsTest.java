package io.claimbase.k8s;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The probe paths the rendered Deployment uses answer UP from the running application, as the kubelet would see. */
@QuarkusTest
class K8sProbeEndpointsTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyProbePathAnswersUp(String overlay) {
        Container container = Manifests.overlay(overlay)
                .one(Deployment.class)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0);

        Stream.of(container.getStartupProbe(), container.getReadinessProbe(), container.getLivenessProbe())
                .map(Probe::getHttpGet)
                .forEach(probe -> given().when()
                        .get(probe.getPath())
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("UP")));
    }
}
