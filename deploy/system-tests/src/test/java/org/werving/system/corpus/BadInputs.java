package org.werving.system.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The bad-input corpus of one operation: a valid request built from its schema and the known ids, then one
 * variant per bad value put in one place at a time (a body field, a list element, a query, path or header
 * parameter) and a few broken bodies. Every variant keeps the rest of the request valid, so that it reaches
 * the operation's validation rather than stopping at a missing id or token.
 */
public final class BadInputs {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MARK = "\u2063corpus-mark\u2063";

    /** Values of control characters, out-of-range numbers and dates, wrong types: raw JSON tokens. */
    static final List<String> BAD_STRINGS = List.of("\"a\\u0000b\"", "\"\\u001b[31m\\u0007\"", "\"\\ud800\"",
            "\"" + "x".repeat(100_000) + "\"", "12", "{}", "[\"a\"]");
    static final List<String> BAD_DATES = List.of("\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"2026-02-30\"",
            "\"0000-00-00\"", "\"\\u0000\"");
    static final List<String> BAD_DATE_TIMES = List.of("\"+999999999-12-31T23:59:59Z\"", "\"-290000-01-01T00:00:00Z\"",
            "\"2026-02-30T25:61:00Z\"", "\"\\u0000\"");
    static final List<String> BAD_UUIDS = List.of("\"not-a-uuid\"", "\"\\u0000\"", "\"00000000-0000-0000-0000-00000000000g\"");
    static final List<String> BAD_INTEGERS = List.of("1e400", "99999999999999999999999", "-99999999999999999999999",
            "-2147483649", "2147483648", "1.5", "\"1\"", "\"\\u0000\"", "true");
    static final List<String> BAD_NUMBERS = List.of("1e400", "-1e400", "1e-400", "\"NaN\"", "\"Infinity\"",
            "99999999999999999999999999999999", "\"\\u0000\"");
    static final List<String> BAD_BOOLEANS = List.of("\"maybe\"", "2", "\"\\u0000\"");
    static final List<String> BAD_ENUMS = List.of("\"NOT_A_VALUE\"", "\"\\u0000\"", "\"\"", "0");
    static final List<String> BAD_OBJECTS = List.of("null", "\"text\"", "[]", "17");
    static final List<String> BAD_ARRAYS = List.of("[null]", "null", "\"text\"", "{}");
    /** Bodies broken as a whole. */
    static final List<String> BAD_BODIES = List.of("", "{", "null", "[]", "\"text\"", "{\"a\":\"\\u0000\"}",
            "[".repeat(5_000), "{\"a\":" + "[".repeat(2_000), "\u0000");
    /** Query and path parameter values, percent-encoded as sent. */
    static final List<String> BAD_PARAMETERS = List.of("%00", "a%00b", "99999999999999999999", "-1", "1e400",
            "%2B999999999-12-31", "not-a-uuid", "%ff%fe", "x".repeat(3_000), "..%2F..%2Fetc");

    /** One request of the corpus, described for the report. */
    public record Variant(String description, String method, String pathAndQuery, Map<String, String> headers,
            String contentType, byte[] body) {
    }

    private final Function<String, String> known;

    /** @param known the valid value of a parameter or field by its name (ids of the fixture), or null */
    public BadInputs(Function<String, String> known) {
        this.known = known;
    }

    public List<Variant> of(Operation operation, Map<String, String> headers) {
        List<Variant> variants = new ArrayList<>();
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> header = new LinkedHashMap<>(headers);
        for (Operation.Parameter parameter : operation.parameters()) {
            String value = encode(parameterValue(parameter));
            switch (parameter.in()) {
                case "path" -> path.put(parameter.name(), value);
                case "query" -> query.put(parameter.name(), value);
                case "header" -> header.putIfAbsent(parameter.name(), parameterValue(parameter));
                default -> { }
            }
        }
        byte[] validBody = operation.hasBody() && operation.mediaType().equals("application/json")
                ? bytes(write(valid(operation.bodySchema(), null))) : null;
        String contentType = operation.hasBody() ? operation.mediaType() : null;
        for (Operation.Parameter parameter : operation.parameters()) {
            for (String bad : BAD_PARAMETERS) {
                if (parameter.in().equals("path") || parameter.in().equals("query")) {
                    Map<String, String> p = new LinkedHashMap<>(path);
                    Map<String, String> q = new LinkedHashMap<>(query);
                    (parameter.in().equals("path") ? p : q).put(parameter.name(), bad);
                    variants.add(new Variant(parameter.in() + " " + parameter.name() + "=" + shorten(bad),
                            operation.method(), url(operation.path(), p, q), header, contentType, validBody));
                }
            }
            if (parameter.in().equals("header")) {
                for (String bad : List.of("x".repeat(5_000), "not-a-valid-value", "\u00e9\u00e8")) {
                    Map<String, String> h = new LinkedHashMap<>(header);
                    h.put(parameter.name(), bad);
                    variants.add(new Variant("header " + parameter.name() + "=" + shorten(bad), operation.method(),
                            url(operation.path(), path, query), h, contentType, validBody));
                }
            }
        }
        String url = url(operation.path(), path, query);
        if (validBody != null) {
            JsonNode base = valid(operation.bodySchema(), null);
            for (Map.Entry<String, String> mutation : fieldMutations(base, operation.bodySchema()).entrySet()) {
                variants.add(new Variant("body " + mutation.getKey(), operation.method(), url, header,
                        contentType, bytes(mutation.getValue())));
            }
        }
        if (operation.hasBody()) {
            for (String bad : BAD_BODIES) {
                variants.add(new Variant("whole body " + shorten(bad), operation.method(), url, header,
                        operation.mediaType().startsWith("multipart") ? "application/json" : contentType, bytes(bad)));
            }
            variants.add(new Variant("body as text/plain", operation.method(), url, header, "text/plain",
                    validBody == null ? bytes("x") : validBody));
        }
        if (operation.hasBody() && operation.mediaType().startsWith("multipart")) {
            variants.addAll(brokenMultiparts(operation, url, header));
        }
        return variants;
    }

    private List<Variant> brokenMultiparts(Operation operation, String url, Map<String, String> header) {
        String boundary = "corpusboundary";
        String type = "multipart/form-data; boundary=" + boundary;
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("multipart without its closing boundary", operation.method(), url, header, type,
                bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"application\"\r\n\r\n{\"a\":")));
        variants.add(new Variant("multipart with another boundary", operation.method(), url, header, type,
                bytes("--other\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n--other--\r\n")));
        variants.add(new Variant("multipart with a NUL part", operation.method(), url, header, type,
                bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"application\"\r\n"
                        + "Content-Type: application/json\r\n\r\n{\"firstName\":\"a\\u0000\"}\r\n--" + boundary + "--\r\n")));
        variants.add(new Variant("multipart without a boundary", operation.method(), url, header,
                "multipart/form-data", bytes("garbage")));
        return variants;
    }

    /** For every leaf and container of the valid body: the body with one bad value in that place. */
    Map<String, String> fieldMutations(JsonNode base, JsonNode schema) {
        Map<String, String> mutations = new LinkedHashMap<>();
        collect(base, base, schema, "$", mutations);
        return mutations;
    }

    private void collect(JsonNode root, JsonNode node, JsonNode schema, String where, Map<String, String> out) {
        for (String bad : badValues(schema)) {
            out.put(where + " = " + shorten(bad), replace(root, node, bad));
        }
        if (node.isObject() && schema != null) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(root, field.getValue(), schema.path("properties").get(field.getKey()),
                        where + "." + field.getKey(), out);
            }
        } else if (node.isArray() && node.size() > 0 && schema != null) {
            collect(root, node.get(0), schema.get("items"), where + "[0]", out);
        }
    }

    /** The JSON of {@code root} with {@code target} (a node inside it, by identity) replaced by a raw token. */
    private static String replace(JsonNode root, JsonNode target, String raw) {
        if (root == target) {
            return raw;
        }
        JsonNode copy = replaced(root, target);
        return write(copy).replace("\"" + MARK + "\"", raw);
    }

    private static JsonNode replaced(JsonNode node, JsonNode target) {
        if (node == target) {
            return NODES.textNode(MARK);
        }
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.fields().forEachRemaining(f -> copy.set(f.getKey(), replaced(f.getValue(), target)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(replaced(element, target)));
            return copy;
        }
        return node;
    }

    static List<String> badValues(JsonNode schema) {
        if (schema == null) {
            return List.of();
        }
        if (schema.has("enum")) {
            return BAD_ENUMS;
        }
        return switch (Schemas.type(schema)) {
            case "object" -> BAD_OBJECTS;
            case "array" -> BAD_ARRAYS;
            case "integer" -> BAD_INTEGERS;
            case "number" -> BAD_NUMBERS;
            case "boolean" -> BAD_BOOLEANS;
            case "string" -> switch (Schemas.format(schema)) {
                case "date" -> BAD_DATES;
                case "date-time" -> BAD_DATE_TIMES;
                case "uuid" -> BAD_UUIDS;
                default -> BAD_STRINGS;
            };
            default -> List.of();
        };
    }

    /** A valid value of the schema; a property named after a known id gets that id. */
    JsonNode valid(JsonNode schema, String name) {
        String knownValue = name == null ? null : known.apply(name);
        String type = Schemas.type(schema);
        boolean numeric = type.equals("integer") || type.equals("number");
        if (knownValue != null && numeric && knownValue.matches("-?\\d{1,18}")) {
            return NODES.numberNode(Long.parseLong(knownValue));
        }
        if (knownValue != null && !numeric) {
            return NODES.textNode(knownValue);
        }
        if (schema == null) {
            return NODES.textNode("Corpus");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (Schemas.type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields()
                        .forEachRemaining(p -> object.set(p.getKey(), valid(p.getValue(), p.getKey())));
                yield object;
            }
            case "array" -> NODES.arrayNode().add(valid(schema.get("items"), null));
            case "integer" -> NODES.numberNode(schema.path("minimum").asLong(1));
            case "number" -> NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() : 1.5);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(validString(schema, name));
        };
    }

    private static String validString(JsonNode schema, String name) {
        return switch (Schemas.format(schema)) {
            case "date" -> LocalDate.now().plusDays(30).toString();
            case "date-time" -> OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).toString();
            case "uuid" -> "3f0b8a64-2c1e-4f5e-9a7d-1b2c3d4e5f60";
            case "email" -> "corpus@example.org";
            default -> name != null && name.toLowerCase().contains("mail") ? "corpus@example.org" : "Corpus";
        };
    }

    private String parameterValue(Operation.Parameter parameter) {
        String knownValue = known.apply(parameter.name());
        if (knownValue != null) {
            return knownValue;
        }
        JsonNode value = valid(parameter.schema(), null);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static String url(String template, Map<String, String> path, Map<String, String> query) {
        String url = template;
        for (Map.Entry<String, String> p : path.entrySet()) {
            url = url.replace("{" + p.getKey() + "}", p.getValue());
        }
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, String> p : query.entrySet()) {
            q.append(q.length() == 0 ? "?" : "&").append(p.getKey()).append('=').append(p.getValue());
        }
        return url + q;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String shorten(String value) {
        String printable = value.replace("\u0000", "\\0");
        return printable.length() > 40 ? printable.substring(0, 20) + "…(" + printable.length() + " chars)" : printable;
    }
}
