package org.werving.chassis.problem;

/**
 * The catalogue of problem types the chassis answers by itself, the same in every service. A
 * service adds its own rules (e.g. {@code slot-full}) through {@link ProblemException}; these are
 * the ones no service writes again.
 */
public final class ProblemTypes {
    /** 400: a request field breaks a constraint; {@code errors} names each field. */
    public static final String VALIDATION = "validation";
    /** 400: the body is not JSON, or a field has a value of the wrong type or format. */
    public static final String MALFORMED_BODY = "malformed-body";
    /** 404: the object named in the path does not exist. */
    public static final String NOT_FOUND = "not-found";
    /** 409: another request changed the same object at the same moment; nothing was changed. */
    public static final String CONCURRENT_UPDATE = "concurrent-update";
    /** 503: the database or the broker is unavailable for a moment; Retry-After says when to try again. */
    public static final String UNAVAILABLE = "unavailable";
    /** 500: anything else; nothing was changed, and the log has the cause. */
    public static final String INTERNAL = "internal";

    /** Seconds a client waits before it retries after {@link #UNAVAILABLE}. */
    public static final long UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

    private ProblemTypes() {
    }
}
