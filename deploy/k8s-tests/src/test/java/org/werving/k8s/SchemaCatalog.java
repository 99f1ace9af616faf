package org.werving.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schema of every kind werving deploys, by "apiVersion/kind": Kubernetes (fabric8's shipped schemas),
 * Strimzi (derived from its API model) and CloudNativePG (werving's schema of its API), all in one pool of
 * definitions so that a custom resource's Kubernetes parts are checked against the Kubernetes schemas.
 */
final class SchemaCatalog {

    private static volatile SchemaCatalog instance;

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectNode definitions;
    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();

    static SchemaCatalog get() {
        if (instance == null) {
            synchronized (SchemaCatalog.class) {
                if (instance == null) {
                    instance = new SchemaCatalog(Path.of(System.getProperty("werving.k8s.schemas", "target/k8s-schemas")));
                }
            }
        }
        return instance;
    }

    private SchemaCatalog(Path kubernetesSchemas) {
        KubernetesSchemas kubernetes = new KubernetesSchemas(json, kubernetesSchemas);
        definitions = kubernetes.definitions;
        kinds.putAll(kubernetes.kinds);
        StrimziSchemas strimzi = new StrimziSchemas(json, kubernetes, definitions);
        for (var resource : List.of(Kafka.class, KafkaNodePool.class, KafkaTopic.class, KafkaUser.class)) {
            var entry = strimzi.add(resource);
            kinds.put(entry.getKey(), entry.getValue());
        }
        try (InputStream in = SchemaCatalog.class.getResourceAsStream("/schemas/cnpg-v1.yaml")) {
            JsonNode cnpg = new ObjectMapper(new YAMLFactory()).readTree(in);
            cnpg.get("definitions").fields().forEachRemaining(e -> definitions.set(e.getKey(), e.getValue()));
            cnpg.get("kinds").fields().forEachRemaining(e -> kinds.put(e.getKey(), e.getValue().asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean knows(String apiVersion, String kind) {
        return kinds.containsKey(apiVersion + "/" + kind);
    }

    /** What is wrong with the object, one line per violation; empty when it is valid. */
    Set<String> validate(JsonNode object) {
        String key = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        String definition = kinds.get(key);
        Set<String> problems = new TreeSet<>();
        if (definition == null) {
            problems.add("no schema for " + key + ": an unknown kind or apiVersion");
            return problems;
        }
        JsonSchema schema = compiled.computeIfAbsent(definition, this::compile);
        for (ValidationMessage message : schema.validate(object)) {
            problems.add(message.getMessage());
        }
        return problems;
    }

    private JsonSchema compile(String definition) {
        ObjectNode root = json.createObjectNode();
        root.set("definitions", definitions);
        root.put("$ref", "#/definitions/" + definition);
        return factory.getSchema(root, config);
    }
}
