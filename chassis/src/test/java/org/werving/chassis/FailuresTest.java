package org.werving.chassis;

import io.vertx.pgclient.PgException;
import org.junit.jupiter.api.Test;
import org.werving.chassis.failure.Failures;

import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailuresTest {
    private static PgException pg(String state, String message) {
        return new PgException(message, "ERROR", state, null);
    }

    @Test
    void whatGoesAwayByItselfIsTransient() {
        assertTrue(Failures.isTransient(pg("57P03", "the database system is not currently accepting connections")));
        assertTrue(Failures.isTransient(pg("57P01", "terminating connection due to administrator command")));
        assertTrue(Failures.isTransient(pg("40001", "could not serialize access")));
        assertTrue(Failures.isTransient(pg("08006", "connection failure")));
        assertTrue(Failures.isTransient(new RuntimeException("wrapped", new ConnectException("Connection refused"))));
        assertTrue(Failures.isTransient(new IllegalStateException("Pool closed")));
        assertTrue(Failures.isTransient(new RuntimeException("Unable to open a connection to the database")));
        assertTrue(Failures.isTransient(new org.apache.kafka.common.errors.NotLeaderOrFollowerException("moved")));
    }

    @Test
    void aDeadlockAsHibernateReactiveHandsItOnIsTransient() {
        // as seen when two consumers' batches update the same rows: the SQLSTATE only on a java.sql.SQLException
        assertTrue(Failures.isTransient(new org.hibernate.exception.LockAcquisitionException(
                "error executing SQL statement [ERROR: deadlock detected (40P01)]",
                new java.sql.SQLException("ERROR: deadlock detected (40P01)", "40P01"))));
        assertFalse(Failures.isTransient(new org.hibernate.exception.DataException(
                "error executing SQL statement [ERROR: value too long for type character varying(200) (22001)]",
                new java.sql.SQLException("ERROR: value too long for type character varying(200) (22001)", "22001"))));
    }

    @Test
    void whatARetryCannotMendIsNot() {
        assertFalse(Failures.isTransient(pg("22001", "value too long for type character varying(200)")));
        assertFalse(Failures.isTransient(pg("23505", "duplicate key value violates unique constraint")));
        assertFalse(Failures.isTransient(new IllegalStateException("always broken")));
        assertFalse(Failures.isTransient(new IllegalStateException("event not serialisable",
                new com.fasterxml.jackson.core.JsonParseException(null, "broken"))));
        assertFalse(Failures.isTransient(null));
    }

    @Test
    void aLostRaceIsAConcurrentUpdate() {
        assertTrue(Failures.isConcurrentUpdate(new jakarta.persistence.OptimisticLockException()));
        assertTrue(Failures.isConcurrentUpdate(new RuntimeException(pg("23505", "duplicate key"))));
        assertFalse(Failures.isConcurrentUpdate(pg("57P03", "starting up")));
    }
}
