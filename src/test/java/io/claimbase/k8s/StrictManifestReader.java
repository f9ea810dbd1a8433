package io.claimbase.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads Kubernetes manifests as strictly as the API server would: every document must be a kind we have a schema
 * for (the fabric8 model classes, or {@link CnpgCluster}), with no unknown field and no value of the wrong type.
 * <p>
 * fabric8's classes swallow unknown fields into {@code additionalProperties} through a {@code @JsonAnySetter}; the
 * introspector below hides it, so FAIL_ON_UNKNOWN_PROPERTIES applies. Scalar coercions ("2" for an integer, 2 for a
 * string, 2.5 for an integer) are refused, as the API server refuses them.
 */
final class StrictManifestReader {

    private static final Map<String, Class<?>> SCHEMAS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "v1/Namespace", Namespace.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "postgresql.cnpg.io/v1/Cluster", CnpgCluster.class);

    private final ObjectMapper mapper = strictMapper();

    /** Parses every document of a YAML stream and binds it to its schema; throws {@link InvalidManifestException}. */
    List<Object> read(String source, String yaml) {
        List<Object> resources = new ArrayList<>();
        for (JsonNode document : documents(source, yaml)) {
            resources.add(bind(source, document));
        }
        return resources;
    }

    private List<JsonNode> documents(String source, String yaml) {
        try (var documents = mapper.readerFor(JsonNode.class).readValues(yaml)) {
            List<JsonNode> nodes = new ArrayList<>();
            while (documents.hasNextValue()) {
                JsonNode node = (JsonNode) documents.nextValue();
                if (node != null && !node.isMissingNode() && !node.isNull()) {
                    nodes.add(node);
                }
            }
            return nodes;
        } catch (IOException | RuntimeException e) {
            throw new InvalidManifestException(source + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    private Object bind(String source, JsonNode document) {
        String type = document.path("apiVersion").asText() + "/"
                + document.path("kind").asText();
        Class<?> schema = SCHEMAS.get(type);
        String name = source + " " + type + " "
                + document.path("metadata").path("name").asText("<unnamed>");
        if (schema == null) {
            throw new InvalidManifestException(name + ": no schema known for this apiVersion/kind", null);
        }
        try {
            return mapper.treeToValue(document, schema);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidManifestException(name + ": " + e.getMessage(), e);
        }
    }

    private static ObjectMapper strictMapper() {
        YAMLMapper mapper = YAMLMapper.builder(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .annotationIntrospector(new NoAnySetterIntrospector())
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }

    /** Hides {@code @JsonAnySetter}, so unknown fields fail instead of landing in {@code additionalProperties}. */
    private static final class NoAnySetterIntrospector extends JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
        }
    }

    /** A manifest the API server would reject. */
    static final class InvalidManifestException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidManifestException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
