package org.werving.chassis.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.werving.chassis.problem.Problem;
import org.werving.chassis.problem.ProblemTypes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem+json schema (RFC 9457 plus werving's {@code errors[]}) and the error responses every service can
 * answer, as reusable components: {@code #/components/schemas/Problem}, {@code #/components/responses/<name>}.
 */
final class ProblemResponses {
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String RETRY_AFTER = "Retry-After";

    /** The standard error responses by status: component name, description, an example problem type and detail. */
    record Standard(String name, String description, String rule, String title, String detail) {
    }

    static final Map<String, Standard> STANDARD = standard();

    private ProblemResponses() {
    }

    private static Map<String, Standard> standard() {
        Map<String, Standard> m = new LinkedHashMap<>();
        m.put("400", new Standard("BadRequest", "The request breaks a constraint (errors names each field) or its body "
                + "is not readable JSON", ProblemTypes.VALIDATION, "Invalid request", "name must not be blank"));
        m.put("401", new Standard("Unauthorized", "No valid bearer token (missing, expired, wrong issuer or signature)",
                null, "Unauthorized", "Unauthorized"));
        m.put("403", new Standard("Forbidden", "The token's roles or assignments do not allow this", null, "Forbidden",
                "Forbidden"));
        m.put("404", new Standard("NotFound", "The object named in the path does not exist", ProblemTypes.NOT_FOUND,
                "Not found", "the object does not exist"));
        m.put("409", new Standard("Conflict", "The request conflicts with the current state (a rule of the service, "
                + "or another request changed the same object at the same moment); nothing was changed",
                ProblemTypes.CONCURRENT_UPDATE, "Conflict with the current state", "the object was changed meanwhile"));
        m.put("415", new Standard("UnsupportedMediaType", "The body's Content-Type is not one this operation reads",
                null, "Unsupported Media Type", "Unsupported Media Type"));
        m.put("422", new Standard("UnprocessableContent", "The request is well-formed but a rule of the service refuses it",
                "rule", "Unprocessable Content", "the request cannot be processed"));
        m.put("429", new Standard("TooManyRequests", "Too many requests from this client address; Retry-After says "
                + "when to try again", "rate-limited", "Too many requests", "try again later"));
        m.put("503", new Standard("ServiceUnavailable", "The database or the broker is unavailable for a moment; "
                + "Retry-After says when to try again", ProblemTypes.UNAVAILABLE, "Service unavailable",
                "try again in a few seconds"));
        return m;
    }

    /** Adds the schemas, the Retry-After header and the standard responses to the components. */
    static void addTo(Components components) {
        components.addSchema(FIELD_ERROR, fieldErrorSchema());
        components.addSchema(PROBLEM, problemSchema());
        components.addHeader(RETRY_AFTER, OASFactory.createHeader()
                .description("Seconds to wait before trying again")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO)));
        STANDARD.forEach((status, standard) -> components.addResponse(standard.name(), response(status, standard)));
    }

    private static APIResponse response(String status, Standard standard) {
        APIResponse response = OASFactory.createAPIResponse().description(standard.description())
                .content(content(example(Integer.parseInt(status), standard)));
        if (status.equals("429") || status.equals("503")) {
            Header header = OASFactory.createHeader().ref(RETRY_AFTER);
            response.addHeader(RETRY_AFTER, header);
        }
        return response;
    }

    /** problem+json content referring to the Problem schema, with an example when one is given. */
    static Content content(Map<String, Object> example) {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        if (example != null) {
            media.example(example);
        }
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }

    private static Map<String, Object> example(int status, Standard standard) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", standard.rule() == null ? "about:blank" : Problem.TYPE_PREFIX + standard.rule());
        example.put("title", standard.title());
        example.put("status", status);
        example.put("detail", standard.detail());
        example.put("instance", "/path/of/the/request");
        if (status == 400) {
            example.put("errors", List.of(Map.of("field", "name", "message", "must not be blank")));
        }
        return example;
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("A field of the request at fault and what is wrong with it")
                .required(List.of("field", "message"))
                .addProperty("field", string("The field's path in the request, e.g. name or stages[0].date", null))
                .addProperty("message", string("What is wrong with it, for a person to read", null));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("A problem detail (RFC 9457, application/problem+json): type names the rule at fault "
                        + "(urn:werving:problem:<rule>, stable for clients to switch on; about:blank for a bare HTTP "
                        + "status), errors the fields at fault")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("The rule at fault", "uri-reference"))
                .addProperty("title", string("A short summary of the kind of problem", null))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                        .description("The HTTP status"))
                .addProperty("detail", string("What went wrong in this occurrence, for a person to read", null))
                .addProperty("instance", string("The path of the request", "uri-reference"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("The fields at fault (validation problems)")
                        .items(OASFactory.createSchema().ref(FIELD_ERROR)));
    }

    private static Schema string(String description, String format) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.STRING).description(description);
        return format == null ? schema : schema.format(format);
    }
}
