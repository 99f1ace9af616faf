package org.werving.chassis.problem;

import java.util.List;

/** A refusal that reaches the client as application/problem+json. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String rule;
    private final String title;
    private final List<Problem.FieldError> errors;
    private Long retryAfterSeconds;

    public ProblemException(int status, String rule, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.rule = rule;
        this.title = title;
        this.errors = errors == null ? List.of() : errors;
    }

    public ProblemException(int status, String rule, String title, String detail) {
        this(status, rule, title, detail, List.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, ProblemTypes.NOT_FOUND, what + " not found", what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String rule, String detail) {
        return new ProblemException(409, rule, "Conflict with the current state", detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, ProblemTypes.VALIDATION, "Invalid request", field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** Adds a Retry-After header (seconds) to the response. */
    public ProblemException withRetryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem toProblem(String instance) {
        return Problem.of(status, rule, title, getMessage(), instance, errors);
    }

    /** The rule at fault, e.g. {@code slot-full} (the last part of the problem type). */
    public String rule() {
        return rule;
    }

    public int status() {
        return status;
    }
}
