package org.werving.system.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Resolves {@code $ref}s of an OpenAPI document and reads the few facts of a schema the corpus needs: its
 * type (the first one that is not "null" in OpenAPI 3.1's type lists), format and enum.
 */
final class Schemas {
    private static final int MAX_DEPTH = 12;
    private final JsonNode document;

    Schemas(JsonNode document) {
        this.document = document;
    }

    /** The node with its {@code $ref} followed, and those of allOf's members merged in, down to a few levels. */
    JsonNode resolve(JsonNode node) {
        return resolve(node, 0);
    }

    private JsonNode resolve(JsonNode node, int depth) {
        if (node == null || node.isMissingNode() || depth > MAX_DEPTH) {
            return node;
        }
        if (node.has("$ref")) {
            return resolve(document.at(node.get("$ref").asText().substring(1)), depth + 1);
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        if (node.has("allOf")) {
            copy.remove("allOf");
            for (JsonNode member : node.get("allOf")) {
                JsonNode resolved = resolve(member, depth + 1);
                for (Iterator<Map.Entry<String, JsonNode>> fields = resolved.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (!copy.has(field.getKey())) {
                        copy.set(field.getKey(), field.getValue());
                    }
                }
            }
        }
        if (node.has("oneOf") || node.has("anyOf")) {
            JsonNode first = node.has("oneOf") ? node.get("oneOf").get(0) : node.get("anyOf").get(0);
            return resolve(first, depth + 1);
        }
        if (copy.has("properties")) {
            ObjectNode properties = copy.putObject("properties");
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.get("properties").fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                properties.set(field.getKey(), resolve(field.getValue(), depth + 1));
            }
        }
        if (copy.has("items")) {
            copy.set("items", resolve(node.get("items"), depth + 1));
        }
        return copy;
    }

    static String type(JsonNode schema) {
        JsonNode type = schema == null ? null : schema.get("type");
        if (type == null) {
            if (schema != null && schema.has("properties")) {
                return "object";
            }
            return schema != null && schema.has("enum") ? "string" : "unknown";
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "null";
        }
        return type.asText();
    }

    static String format(JsonNode schema) {
        return schema == null ? "" : schema.path("format").asText("");
    }
}
