package org.werving.vacancy.repository;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.vacancy.service.DeadlineCloser;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deadline job's conditional UPDATE against the real PostgreSQL, at the edge: a deadline at
 * midnight Brussels time (23:00 UTC in winter, 22:00 UTC in summer) closes at that very instant, not
 * a microsecond before; a deadline a microsecond later stays open. The deadlines lie in the past
 * (2020) so that no other test's vacancy is due at these instants.
 */
@QuarkusTest
class DeadlineQueriesTest {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Inject
    Pool pool;
    @Inject
    DeadlineCloser closer;

    @Test
    void aDeadlineAtMidnightBrusselsInWinterClosesAtThatInstant() {
        atMidnightBrussels(LocalDate.of(2020, 1, 15), "2020-01-14T23:00Z");
    }

    @Test
    void aDeadlineAtMidnightBrusselsInSummerClosesAtThatInstant() {
        atMidnightBrussels(LocalDate.of(2020, 7, 15), "2020-07-14T22:00Z");
    }

    private void atMidnightBrussels(LocalDate day, String utc) {
        OffsetDateTime midnight = day.atStartOfDay(BRUSSELS).toOffsetDateTime();
        assertEquals(OffsetDateTime.parse(utc).toInstant(), midnight.toInstant());
        String directorate = "Deadline " + UUID.randomUUID();
        UUID due = VacancyRows.insert(pool, new VacancyRows.Row("Sluit om middernacht", directorate, "PUBLISHED", midnight));
        UUID later = VacancyRows.insert(pool, new VacancyRows.Row("Net later", directorate, "PUBLISHED", midnight.plusNanos(1000)));
        UUID draft = VacancyRows.insert(pool, new VacancyRows.Row("Ontwerp", directorate, "DRAFT", midnight.minusDays(1)));

        List<UUID> before = closer.closeDue(midnight.minusNanos(1000)).await().indefinitely();
        assertFalse(before.contains(due), "a microsecond before midnight it is still open");
        assertEquals("PUBLISHED", status(due));

        List<UUID> at = closer.closeDue(midnight).await().indefinitely();
        assertTrue(at.contains(due), "closed at midnight itself");
        assertFalse(at.contains(later));
        assertEquals("CLOSED", status(due));
        assertEquals("PUBLISHED", status(later));
        assertEquals("DRAFT", status(draft), "a draft is never closed by the job");
        assertEquals(midnight.toInstant(), closedAt(due).toInstant(), "closed_at is the job's instant");
        assertEquals(1L, count("SELECT count(*) FROM outbox_event WHERE aggregate_id = $1 AND type = 'VacancyClosed'", due.toString()));
        assertEquals(1L, count("SELECT count(*) FROM vacancy_audit WHERE vacancy_id = $1 AND action = 'CLOSED'", due));

        assertEquals(List.of(), closer.closeDue(midnight).await().indefinitely().stream().filter(due::equals).toList(),
                "once closed, a later run leaves it alone");
        assertTrue(closer.closeDue(midnight.plusNanos(1000)).await().indefinitely().contains(later));
    }

    private String status(UUID id) {
        return pool.preparedQuery("SELECT status FROM vacancy WHERE id = $1").execute(Tuple.of(id)).await().indefinitely()
                .iterator().next().getString(0);
    }

    private OffsetDateTime closedAt(UUID id) {
        return pool.preparedQuery("SELECT closed_at FROM vacancy WHERE id = $1").execute(Tuple.of(id)).await().indefinitely()
                .iterator().next().getOffsetDateTime(0);
    }

    private long count(String sql, Object id) {
        return pool.preparedQuery(sql).execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong(0);
    }
}
