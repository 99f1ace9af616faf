package org.werving.chassis.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} names the rule at fault (a stable URN a client can
 * switch on), {@code errors} the fields at fault.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    /** The namespace of every problem type of werving: {@code urn:werving:problem:<rule>}. */
    public static final String TYPE_PREFIX = "urn:werving:problem:";

    public record FieldError(String field, String message) {
    }

    /** A problem of the given rule, e.g. {@code of(409, "slot-full", ...)} has type urn:werving:problem:slot-full. */
    public static Problem of(int status, String rule, String title, String detail, String instance,
            List<FieldError> errors) {
        return new Problem(URI.create(TYPE_PREFIX + rule), title, status, detail, instance, errors);
    }

    /**
     * The rule at fault, the type without {@link #TYPE_PREFIX}: {@code slot-full} for urn:werving:problem:slot-full;
     * null for a type of another namespace (about:blank, a bare HTTP status) or none. Not part of the JSON.
     */
    @JsonIgnore
    public String rule() {
        String text = type == null ? "" : type.toString();
        return text.startsWith(TYPE_PREFIX) && text.length() > TYPE_PREFIX.length()
                ? text.substring(TYPE_PREFIX.length()) : null;
    }

    /** A bare HTTP status (405, 415, ...): type about:blank, the reason phrase as title and detail. */
    public static Problem ofStatus(int status, String instance) {
        jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return new Problem(URI.create("about:blank"), title, status, title, instance, List.of());
    }
}
