package org.werving.selection.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/** Every error leaves as application/problem+json; never a stack trace or a class name. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem(URI.create("urn:werving:problem:validation"), "Invalid request", 400, detail,
                uri.getPath(), errors));
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, JsonParseException.class})
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[") : "";
        List<Problem.FieldError> errors = field.isEmpty() ? List.of()
                : List.of(new Problem.FieldError(field, "has a value of the wrong type or format"));
        return respond(new Problem(URI.create("urn:werving:problem:malformed-body"), "Malformed request body", 400,
                field.isEmpty() ? "the body is not valid JSON" : "field " + field + " has a value of the wrong type or format",
                uri.getPath(), errors));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            return unreadable(unreadableBody, uri); // the JSON reader wraps most parse errors
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return respond(new Problem(URI.create("about:blank"), title, status, title, uri.getPath(), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (concurrentUpdate(e)) {
            return respond(new Problem(URI.create("urn:werving:problem:concurrent-update"), "Conflict with the current state",
                    409, "the candidacy was changed at the same moment by another request; reload and try again",
                    uri.getPath(), List.of()));
        }
        LOG.error("unexpected failure on " + uri.getPath(), e);
        return respond(new Problem(URI.create("urn:werving:problem:internal"), "Internal error", 500,
                "the request could not be completed; nothing was changed", uri.getPath(), List.of()));
    }

    /**
     * Responses the framework answers by itself with an empty body (415, 405, 406, an unreadable
     * body, a path parameter that does not convert) get the same problem format.
     */
    @ServerResponseFilter
    public void problemForBareErrors(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status >= 400 && !response.hasEntity()) {
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
            response.setEntity(new Problem(URI.create("about:blank"), title, status, title,
                    request.getUriInfo().getPath(), List.of()), null, MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    /** A lost race: a stale version, or a second score for a stage (unique key). */
    private static boolean concurrentUpdate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException
                    || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
            // Hibernate Reactive hands the driver's unique violation through unwrapped
            if (t instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    private static String fieldName(String path) {
        // "create.request.title" -> "title"; keep nested paths after the request parameter
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
