package org.werving.selection.rest;

import java.net.URI;
import java.util.List;

/** A refusal that reaches the client as application/problem+json. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String rule;
    private final String title;
    private final List<Problem.FieldError> errors;

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
        return new ProblemException(404, "not-found", what + " not found", what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String rule, String detail) {
        return new ProblemException(409, rule, "Conflict with the current state", detail);
    }

    public Problem toProblem(String instance) {
        return new Problem(URI.create("urn:werving:problem:" + rule), title, status, getMessage(), instance, errors);
    }

    /** The rule at fault, e.g. {@code slot-full} (the last part of the problem type). */
    public String rule() {
        return rule;
    }

    public int status() {
        return status;
    }
}
