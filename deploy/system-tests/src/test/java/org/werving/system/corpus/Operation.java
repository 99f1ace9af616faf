package org.werving.system.corpus;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One operation of a service's OpenAPI document, as far as the bad-input corpus needs it: where it lives,
 * its parameters, whether it wants a bearer token, and the schema and media type of its request body.
 */
public record Operation(String service, String method, String path, List<Parameter> parameters, boolean bearer,
        String mediaType, JsonNode bodySchema) {

    /** A path, query or header parameter with its (resolved) schema. */
    public record Parameter(String name, String in, JsonNode schema) {
    }

    public String name() {
        return service + " " + method + " " + path;
    }

    public boolean hasBody() {
        return mediaType != null;
    }

    /** Every operation of one service's OpenAPI document (JSON), with its references resolved. */
    public static List<Operation> readAll(String service, JsonNode document) {
        Schemas schemas = new Schemas(document);
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(read(service, method.toUpperCase(), path.getKey(), operation, schemas));
                }
            }
        }
        return operations;
    }

    private static Operation read(String service, String method, String path, JsonNode operation, Schemas schemas) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = schemas.resolve(parameter);
            parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                    schemas.resolve(resolved.path("schema"))));
        }
        boolean bearer = operation.path("security").size() > 0;
        JsonNode content = operation.path("requestBody").path("content");
        String mediaType = null;
        JsonNode body = null;
        for (String candidate : List.of("application/json", "multipart/form-data")) {
            if (content.has(candidate)) {
                mediaType = candidate;
                body = schemas.resolve(content.path(candidate).path("schema"));
                break;
            }
        }
        if (mediaType == null && content.fieldNames().hasNext()) {
            mediaType = content.fieldNames().next();
            body = schemas.resolve(content.path(mediaType).path("schema"));
        }
        return new Operation(service, method, path, parameters, bearer, mediaType, body);
    }
}
