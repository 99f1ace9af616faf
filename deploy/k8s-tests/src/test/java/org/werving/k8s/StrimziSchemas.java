package org.werving.k8s;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Date;
import java.util.Map;

/**
 * JSON schemas of Strimzi's custom resources, derived from Strimzi's published API model
 * ({@code io.strimzi:api}, the Java classes Strimzi generates its CRDs from) the way Jackson reads them:
 * every property with its type, enums with their JSON values, {@code @JsonProperty(required = true)},
 * the {@code type}-discriminated subtypes (listener authentication, storage, ACL resources, ...) each with
 * its own fields, and no property the model does not declare. Kubernetes types inside a resource (resources,
 * affinity, metadata, ...) refer to the Kubernetes schemas. Strimzi's range and pattern constraints live in
 * annotations of its CRD generator, which is not published; they are not checked here.
 */
final class StrimziSchemas {

    private static final String PREFIX = "strimzi_";

    private final ObjectMapper json;
    private final KubernetesSchemas kubernetes;
    private final ObjectNode definitions;

    StrimziSchemas(ObjectMapper json, KubernetesSchemas kubernetes, ObjectNode definitions) {
        this.json = json;
        this.kubernetes = kubernetes;
        this.definitions = definitions;
    }

    /** Adds the schema of a custom resource class; returns its "apiVersion/kind" and definition name. */
    Map.Entry<String, String> add(Class<? extends HasMetadata> resource) {
        String apiVersion = resource.getAnnotation(io.fabric8.kubernetes.model.annotation.Group.class).value() + "/"
                + resource.getAnnotation(Version.class).value();
        String kind = resource.isAnnotationPresent(Kind.class) ? resource.getAnnotation(Kind.class).value()
                : resource.getSimpleName();
        JsonNode ref = schema(json.constructType(resource));
        String name = ref.get("$ref").asText().substring("#/definitions/".length());
        ObjectNode def = (ObjectNode) definitions.get(name);
        ObjectNode props = (ObjectNode) def.get("properties");
        props.set("apiVersion", json.createObjectNode().put("type", "string").put("const", apiVersion));
        props.set("kind", json.createObjectNode().put("type", "string").put("const", kind));
        def.putArray("required").add("apiVersion").add("kind").add("metadata");
        return Map.entry(apiVersion + "/" + kind, name);
    }

    private JsonNode schema(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class || raw == Character.class || raw == char.class || Temporal.class.isAssignableFrom(raw)
                || raw == Date.class) {
            return simple("string");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return simple("boolean");
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class || raw == Short.class
                || raw == short.class || raw == BigInteger.class) {
            return simple("integer");
        }
        if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class
                || raw == BigDecimal.class || raw == Number.class) {
            return simple("number");
        }
        if (raw.isEnum()) {
            ObjectNode node = simple("string");
            ArrayNode values = node.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(json.valueToTree(constant).asText());
            }
            return node;
        }
        if (type.isArrayType() || type.isCollectionLikeType()) {
            ObjectNode node = simple("array");
            node.set("items", schema(type.getContentType()));
            return node;
        }
        if (type.isMapLikeType()) {
            ObjectNode node = simple("object");
            node.set("additionalProperties", schema(type.getContentType()));
            return node;
        }
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
            return json.createObjectNode();
        }
        String kubernetesDef = kubernetes.javaTypes.get(raw.getName());
        if (kubernetesDef != null) {
            return ref(kubernetesDef);
        }
        return bean(type);
    }

    private JsonNode bean(JavaType type) {
        Class<?> raw = type.getRawClass();
        String name = PREFIX + raw.getName().replace('.', '_').replace('$', '_');
        if (definitions.has(name)) {
            return ref(name);
        }
        ObjectNode def = json.createObjectNode();
        definitions.set(name, def); // before the properties: a type may contain itself
        JsonSubTypes subTypes = raw.getAnnotation(JsonSubTypes.class);
        JsonTypeInfo typeInfo = raw.getAnnotation(JsonTypeInfo.class);
        if (subTypes != null && typeInfo != null) {
            polymorphic(def, typeInfo.property(), subTypes);
            return ref(name);
        }
        def.put("type", "object");
        ObjectNode props = def.putObject("properties");
        BeanDescription description = json.getSerializationConfig().introspect(type);
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (!property.couldSerialize() && !property.couldDeserialize()) {
                continue;
            }
            props.set(property.getName(), schema(property.getPrimaryType()));
            if (property.isRequired()) {
                (def.has("required") ? (ArrayNode) def.get("required") : def.putArray("required"))
                        .add(property.getName());
            }
        }
        def.put("additionalProperties", false);
        return ref(name);
    }

    /** One schema per subtype, chosen by the discriminator's value. */
    private void polymorphic(ObjectNode def, String discriminator, JsonSubTypes subTypes) {
        def.put("type", "object");
        def.putArray("required").add(discriminator);
        ArrayNode names = def.putObject("properties").putObject(discriminator).put("type", "string").putArray("enum");
        ArrayNode choices = def.putArray("allOf");
        for (JsonSubTypes.Type subType : subTypes.value()) {
            String typeName = subType.name().isEmpty() && subType.value().isAnnotationPresent(JsonTypeName.class)
                    ? subType.value().getAnnotation(JsonTypeName.class).value() : subType.name();
            JsonNode subSchema = schema(json.constructType(subType.value()));
            ObjectNode subDef = (ObjectNode) definitions.get(
                    subSchema.get("$ref").asText().substring("#/definitions/".length()));
            ((ObjectNode) subDef.get("properties")).set(discriminator, simple("string"));
            names.add(typeName);
            ObjectNode choice = choices.addObject();
            choice.putObject("if").putObject("properties").putObject(discriminator).put("const", typeName);
            choice.set("then", subSchema);
        }
    }

    private ObjectNode simple(String type) {
        return json.createObjectNode().put("type", type);
    }

    private ObjectNode ref(String definition) {
        return json.createObjectNode().put("$ref", "#/definitions/" + definition);
    }
}
