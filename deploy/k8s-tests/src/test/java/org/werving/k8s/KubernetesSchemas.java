package org.werving.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Kubernetes JSON schemas shipped in fabric8's kubernetes-model jars (schema/validation-schema.json of
 * core, apps, autoscaling, policy and networking, and openshift-model-monitoring for prometheus-operator's
 * ServiceMonitor and PrometheusRule; the pom unpacks them), made fit for validation:
 * <ul>
 * <li>fabric8's Java hints (javaType, existingJavaType, ...) are dropped;</li>
 * <li>{@code "required": true} on a property becomes the object's {@code required} list;</li>
 * <li>IntOrString and Quantity are what the API accepts (an integer or a string; a string or a number),
 * not the Java classes' fields;</li>
 * <li>strict fields, like {@code kubectl apply --validate=strict}: an object with declared properties accepts
 * no other property (fabric8 allows any, for its Java additionalProperties map).</li>
 * </ul>
 */
final class KubernetesSchemas {

    private static final Set<String> JAVA_HINTS = Set.of("javaType", "existingJavaType", "javaInterfaces",
            "javaOmitEmpty", "javaName", "interfaceImpls");
    private static final String[] MODULES = {"core", "apps", "autoscaling", "policy", "networking", "monitoring"};

    /** Definition name by "apiVersion/kind". */
    final Map<String, String> kinds = new HashMap<>();
    /** Definition name by fabric8 Java class name (for the Strimzi model's Kubernetes types). */
    final Map<String, String> javaTypes = new HashMap<>();
    final ObjectNode definitions;

    KubernetesSchemas(ObjectMapper json, Path dir) {
        definitions = json.createObjectNode();
        for (String module : MODULES) {
            Path file = dir.resolve(module).resolve("schema/validation-schema.json");
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("missing " + file + ": run the build through Maven (the pom unpacks "
                        + "the schemas from io.fabric8:kubernetes-model-" + module + ")");
            }
            try {
                JsonNode defs = json.readTree(file.toFile()).path("definitions");
                defs.fields().forEachRemaining(e -> {
                    if (!definitions.has(e.getKey())) {
                        definitions.set(e.getKey(), e.getValue());
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> names = new ArrayList<>();
        definitions.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            ObjectNode def = (ObjectNode) definitions.get(name);
            String javaType = def.path("javaType").asText(def.path("existingJavaType").asText(""));
            if (!javaType.isEmpty()) {
                javaTypes.putIfAbsent(javaType, name);
            }
            String apiVersion = def.path("properties").path("apiVersion").path("default").asText("");
            String kind = def.path("properties").path("kind").path("default").asText("");
            if (!apiVersion.isEmpty() && !kind.isEmpty()) {
                kinds.putIfAbsent(apiVersion + "/" + kind, name);
            }
            if (javaType.equals("io.fabric8.kubernetes.api.model.IntOrString")) {
                definitions.set(name, type(json, "integer", "string"));
            } else if (javaType.equals("io.fabric8.kubernetes.api.model.Quantity")) {
                definitions.set(name, type(json, "string", "number"));
            } else {
                clean(def, true);
            }
        }
    }

    private static ObjectNode type(ObjectMapper json, String... types) {
        ObjectNode node = json.createObjectNode();
        ArrayNode array = node.putArray("type");
        for (String t : types) {
            array.add(t);
        }
        return node;
    }

    private static void clean(JsonNode node, boolean schemaPosition) {
        if (node instanceof ArrayNode array) {
            array.forEach(item -> clean(item, schemaPosition));
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        if (!schemaPosition) {
            // A map of property names to schemas.
            object.forEach(value -> clean(value, true));
            return;
        }
        object.remove(JAVA_HINTS);
        if (object.has("$ref")) {
            // draft 7 ignores a $ref's siblings; keep the reference alone
            object.retain("$ref");
            return;
        }
        JsonNode properties = object.get("properties");
        if (properties instanceof ObjectNode props) {
            ArrayNode required = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue() instanceof ObjectNode prop && prop.path("required").isBoolean()) {
                    if (prop.remove("required").asBoolean()) {
                        required = required == null ? object.putArray("required") : required;
                        required.add(e.getKey());
                    }
                }
            }
            clean(props, false);
            if (!props.isEmpty() && object.path("additionalProperties").isBoolean()) {
                object.put("additionalProperties", false);
            }
        }
        JsonNode additional = object.get("additionalProperties");
        if (additional != null && additional.isObject()) {
            clean(additional, true);
        }
        if (object.has("items")) {
            clean(object.get("items"), true);
        }
    }
}
