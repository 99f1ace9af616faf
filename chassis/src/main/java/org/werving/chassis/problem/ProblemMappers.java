package org.werving.chassis.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.werving.chassis.failure.Failures;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every error leaves as application/problem+json; never a stack trace or a class name. The same
 * failure answers the same way in every service: a lost race is 409 {@code concurrent-update}, an
 * unavailable database or broker 503 {@code unavailable} with Retry-After. Every problem goes through the
 * service's {@link ProblemWording} when it declares one, which may word it for its reader (with Content-Language).
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Instance<ProblemWording> wordings;

    public ProblemMappers(Instance<ProblemWording> wordings) {
        this.wordings = wordings;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, ContainerRequestContext request) {
        Response.ResponseBuilder response = builder(e.toProblem(path(request)), request);
        if (e.retryAfterSeconds() != null) {
            response.header("Retry-After", e.retryAfterSeconds());
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, ContainerRequestContext request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(Problem.of(400, ProblemTypes.VALIDATION, "Invalid request", detail, path(request), errors), request);
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, JsonParseException.class})
    public Response unreadable(JsonProcessingException e, ContainerRequestContext request) {
        String field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[") : "";
        List<Problem.FieldError> errors = field.isEmpty() ? List.of()
                : List.of(new Problem.FieldError(field, "has a value of the wrong type or format"));
        return respond(Problem.of(400, ProblemTypes.MALFORMED_BODY, "Malformed request body",
                field.isEmpty() ? "the body is not valid JSON" : "field " + field + " has a value of the wrong type or format",
                path(request), errors), request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        if (e instanceof BoundedDateParams.InvalidParameter invalid) {
            return problem(invalid.problem(), request);
        }
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            return unreadable(unreadableBody, request); // the JSON reader wraps most parse errors
        }
        return respond(Problem.ofStatus(e.getResponse().getStatus(), path(request)), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, ContainerRequestContext request) {
        String path = path(request);
        if (Failures.isConcurrentUpdate(e)) {
            return respond(Problem.of(409, ProblemTypes.CONCURRENT_UPDATE, "Conflict with the current state",
                    "the item was changed by another request at the same moment; nothing was changed, reload and try again",
                    path, List.of()), request);
        }
        if (Failures.isTransient(e)) {
            LOG.warnf("unavailable on %s: %s", path, e.getMessage());
            return builder(Problem.of(503, ProblemTypes.UNAVAILABLE, "Service unavailable",
                    "the service cannot reach its database or broker at the moment; nothing was changed, try again shortly",
                    path, List.of()), request)
                    .header("Retry-After", ProblemTypes.UNAVAILABLE_RETRY_AFTER_SECONDS).build();
        }
        LOG.error("unexpected failure on " + path, e);
        return respond(Problem.of(500, ProblemTypes.INTERNAL, "Internal error",
                "the request could not be completed; nothing was changed", path, List.of()), request);
    }

    /**
     * Responses the framework answers by itself with an empty body (415, 405, 406, an unreadable
     * body, a path parameter that does not convert) get the same problem format.
     */
    @ServerResponseFilter
    public void problemForBareErrors(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status >= 400 && !response.hasEntity()) {
            Problem bare = Problem.ofStatus(status, path(request));
            Optional<ProblemWording.Worded> worded = worded(bare, request);
            worded.ifPresent(w -> response.getHeaders().putSingle("Content-Language", w.language()));
            response.setEntity(worded.map(ProblemWording.Worded::problem).orElse(bare), null,
                    MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    private static String fieldName(String path) {
        // "create.request.title" -> "title"; keep nested paths after the request parameter
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }

    private static String path(ContainerRequestContext request) {
        return request.getUriInfo().getPath();
    }

    private Optional<ProblemWording.Worded> worded(Problem problem, ContainerRequestContext request) {
        return ProblemWording.first(wordings, ProblemWording.Layer.RESOURCE, request.getMethod(), path(request), problem);
    }

    private Response respond(Problem problem, ContainerRequestContext request) {
        return builder(problem, request).build();
    }

    /** The problem's response, in the service's words when a {@link ProblemWording} words it. */
    private Response.ResponseBuilder builder(Problem chassis, ContainerRequestContext request) {
        Optional<ProblemWording.Worded> worded = worded(chassis, request);
        Problem problem = worded.map(ProblemWording.Worded::problem).orElse(chassis);
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        worded.ifPresent(w -> response.header("Content-Language", w.language()));
        return response;
    }
}
