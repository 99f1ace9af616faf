package org.werving.k8s;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each consumer's own copy of an event shape (a record in a service's messaging/in package named after the
 * event) checked against docs/asyncapi.yaml (issue 16): every field it reads is in the event's payload
 * schema, with a Java type that can hold every value the schema allows (a primitive only where the field
 * is required and not nullable; an enum with every value of the schema's enum), nested records and list
 * elements too. The compiled classes are read from each service's target/classes, so this module runs
 * after the services in the reactor.
 */
class ConsumerCopiesTest {
    private static final List<String> SERVICES = List.of("vacancy", "candidate", "selection", "reserve");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private JsonNode doc;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> checked = new TreeSet<>();

    @Test
    void everyConsumersCopyOfAnEventFitsTheContract() throws Exception {
        Path repo = Path.of(System.getProperty("werving.repo.dir", "../.."));
        doc = YAML.readTree(repo.resolve("docs/asyncapi.yaml").toFile());
        Set<String> events = new HashSet<>();
        doc.at("/components/messages").fieldNames().forEachRemaining(events::add);
        for (String service : SERVICES) {
            Path classes = repo.resolve(service + "-service/target/classes");
            Path in = classes.resolve("org/werving/" + service + "/messaging/in");
            assertTrue(Files.isDirectory(in), in + " missing: build the services before this module");
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    getClass().getClassLoader()); Stream<Path> files = Files.list(in)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = "org.werving." + service + ".messaging.in."
                            + file.getFileName().toString().replace(".class", "");
                    Class<?> type = Class.forName(name, false, loader);
                    if (type.isRecord() && events.contains(type.getSimpleName())) {
                        JsonNode payload = resolve(doc.at("/components/messages/" + type.getSimpleName() + "/payload"));
                        checkRecord(service + "-service " + type.getSimpleName(), type, payload);
                        checked.add(service + "-service " + type.getSimpleName());
                    }
                }
            }
        }
        System.out.println("consumer copies checked against docs/asyncapi.yaml: " + checked);
        assertTrue(checked.size() >= 20, "only " + checked.size() + " consumer copies found: " + checked);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private void checkRecord(String where, Class<?> type, JsonNode schema) {
        JsonNode properties = schema.path("properties");
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (RecordComponent component : type.getRecordComponents()) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            String field = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
            JsonNode property = properties.get(field);
            if (property == null) {
                problems.add(where + "." + field + ": not in the event's payload schema");
                continue;
            }
            JsonNode resolved = resolve(property);
            if (component.getType().isPrimitive() && (!required.contains(field) || nullable(resolved))) {
                problems.add(where + "." + field + ": a primitive " + component.getType()
                        + " for a field that may be absent or null");
            }
            checkType(where + "." + field, component.getGenericType(), resolved);
        }
    }

    private void checkType(String where, Type type, JsonNode schema) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        Set<String> types = types(schema);
        if (raw == Object.class || raw == JsonNode.class || types.isEmpty()) {
            return;
        }
        String format = schema.path("format").asText("");
        boolean fits;
        if (raw == UUID.class) {
            fits = types.contains("string") && (format.isEmpty() || format.equals("uuid"));
        } else if (raw == OffsetDateTime.class || raw == Instant.class || raw == ZonedDateTime.class) {
            fits = types.contains("string") && format.equals("date-time");
        } else if (raw == LocalDate.class) {
            fits = types.contains("string") && format.equals("date");
        } else if (raw == String.class) {
            fits = types.contains("string");
        } else if (raw.isEnum()) {
            fits = types.contains("string") && enumFits(where, raw, schema);
        } else if (Set.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class).contains(raw)) {
            fits = types.contains("integer") && !types.contains("number");
        } else if (Set.of(BigDecimal.class, Double.class, double.class, Float.class, float.class).contains(raw)) {
            fits = types.contains("number") || types.contains("integer");
        } else if (raw == Boolean.class || raw == boolean.class) {
            fits = types.contains("boolean");
        } else if (Collection.class.isAssignableFrom(raw)) {
            fits = types.contains("array");
            if (fits && type instanceof ParameterizedType p) {
                checkType(where + "[]", p.getActualTypeArguments()[0], resolve(schema.path("items")));
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            fits = types.contains("object");
        } else if (raw.isRecord()) {
            fits = types.contains("object");
            if (fits) {
                checkRecord(where, raw, schema);
            }
        } else {
            fits = false;
        }
        if (!fits) {
            problems.add(where + ": Java " + raw.getSimpleName() + " cannot hold schema " + types
                    + (format.isEmpty() ? "" : " (" + format + ")"));
        }
    }

    private boolean enumFits(String where, Class<?> type, JsonNode schema) {
        Set<String> constants = new HashSet<>();
        for (Object constant : type.getEnumConstants()) {
            constants.add(((Enum<?>) constant).name());
        }
        boolean fits = true;
        for (JsonNode value : schema.path("enum")) {
            if (!value.isNull() && !constants.contains(value.asText())) {
                problems.add(where + ": the schema allows " + value.asText() + ", " + type.getSimpleName() + " does not");
                fits = false;
            }
        }
        return fits;
    }

    private static boolean nullable(JsonNode schema) {
        return types(schema).contains("null");
    }

    /** The schema's types: "type" as a word or a list, or "const"/"enum" strings; empty when unconstrained. */
    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        } else if (schema.has("enum") || schema.has("const")) {
            types.add("string");
        } else if (schema.has("properties")) {
            types.add("object");
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            schema.path(combinator).forEach(member -> types.addAll(types(member)));
        }
        return types;
    }

    /** Follows $ref and merges allOf, so a schema's properties, type, format and enum are at hand. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode node = schema;
        for (int i = 0; i < 10 && node.has("$ref"); i++) {
            node = doc.at(node.get("$ref").asText().substring(1));
        }
        if (node.has("allOf")) {
            com.fasterxml.jackson.databind.node.ObjectNode merged = node.deepCopy();
            merged.remove("allOf");
            for (JsonNode member : node.get("allOf")) {
                JsonNode part = resolve(member);
                part.fields().forEachRemaining(f -> {
                    if (f.getValue().isObject() && merged.get(f.getKey()) instanceof com.fasterxml.jackson.databind.node.ObjectNode into) {
                        into.setAll((com.fasterxml.jackson.databind.node.ObjectNode) f.getValue().deepCopy());
                    } else if (!merged.has(f.getKey())) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
            }
            return merged;
        }
        return node;
    }
}
