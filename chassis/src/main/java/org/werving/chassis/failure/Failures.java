package org.werving.chassis.failure;

import io.vertx.pgclient.PgException;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells failures apart by what a retry can do about them. A <em>transient</em> failure (no
 * connection, a pool that is closing, a database starting or stopping, a serialization failure, a
 * broker that does not answer) goes away by itself: retry it for as long as it lasts. A
 * <em>concurrent update</em> (a stale version, a unique key taken at the same moment) is a race lost
 * to another writer: the request is refused with 409, an event is applied again on the new state.
 */
public final class Failures {
    /** SQLSTATEs that say "not now" rather than "never": connection, shutdown, resources, serialization. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57P01", "57P02", "57P03",
            "53000", "53100", "53200", "53300", "58000", "58030");
    /** What the clients say when the server is gone, for failures that carry no SQLSTATE. */
    private static final String[] TRANSIENT_MESSAGES = {"pool closed", "connection is not active",
            "unable to open a connection", "not currently accepting connections", "the database system is starting up",
            "the database system is shutting down", "connection refused", "connection reset", "connection closed",
            "closed connection", "failed to connect", "connection timed out", "timeout", "broken pipe"};

    private Failures() {
    }

    /** True when the failure, or one of its causes, is one that goes away by itself. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof PgException pg) {
                String state = pg.getSqlState();
                if (transientState(state)) {
                    return true;
                }
            }
            // Hibernate Reactive hands some driver errors on as a java.sql.SQLException that keeps the SQLSTATE
            if (t instanceof java.sql.SQLException sql && transientState(sql.getSQLState())) {
                return true;
            }
            if (t instanceof com.fasterxml.jackson.core.JacksonException) {
                return false; // an IOException by inheritance, but a document that will never parse
            }
            if (t instanceof IOException || t instanceof TimeoutException
                    || t instanceof io.vertx.sqlclient.ClosedConnectionException
                    || t instanceof org.apache.kafka.common.errors.RetriableException
                    || t instanceof org.apache.kafka.common.errors.TimeoutException) {
                return true;
            }
            if (transientMessage(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** True for a lost race: a stale version, or a unique key another transaction took at the same moment. */
    public static boolean isConcurrentUpdate(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException
                    || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
            // Hibernate Reactive hands the driver's unique violation through unwrapped
            if (t instanceof PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean transientState(String state) {
        return state != null && (state.startsWith("08") || TRANSIENT_STATES.contains(state));
    }

    private static boolean transientMessage(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        for (String known : TRANSIENT_MESSAGES) {
            if (lower.contains(known)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }
}
