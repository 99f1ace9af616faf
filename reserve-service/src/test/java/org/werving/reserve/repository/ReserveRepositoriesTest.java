package org.werving.reserve.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.reserve.model.EntryChange;
import org.werving.reserve.model.EntryState;
import org.werving.reserve.model.ExpiredReserve;
import org.werving.reserve.model.Reserve;
import org.werving.reserve.model.ReserveEntry;
import org.werving.reserve.model.ReserveRanking;
import org.werving.reserve.model.ReserveType;
import org.werving.reserve.service.CityClock;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The custom queries of the reserve's repositories against the real PostgreSQL, at their edges: the ranking
 * read back with ties, the active reserves and the expiry around midnight in Brussels, empty results.
 */
@QuarkusTest
class ReserveRepositoriesTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @Inject
    ReserveRepository reserves;
    @Inject
    ReserveEntryRepository entries;
    @Inject
    EntryChangeRepository changes;
    @Inject
    ReserveExpiryRepository expiry;
    @Inject
    CityClock clock;
    @Inject
    Pool pool;

    @Test
    void aReserveReadBackRanksTiesByTheProcedureRankThenByArrival() {
        Reserve reserve = Reserve.open(UUID.randomUUID(), ReserveType.RECRUITMENT, LocalDate.of(2026, 3, 1), 24, T0);
        ReserveEntry best = ReserveEntry.place(reserve, UUID.randomUUID(), 90, null, T0.plusMinutes(5));
        ReserveEntry tiedRank2 = ReserveEntry.place(reserve, UUID.randomUUID(), 80, 2, T0);
        ReserveEntry tiedRank1 = ReserveEntry.place(reserve, UUID.randomUUID(), 80, 1, T0.plusMinutes(9));
        ReserveEntry tiedNoRankLate = ReserveEntry.place(reserve, UUID.randomUUID(), 80, null, T0.plusMinutes(2));
        ReserveEntry tiedNoRankEarly = ReserveEntry.place(reserve, UUID.randomUUID(), 80, null, T0.plusMinutes(1));
        inTransaction(() -> reserves.persist(reserve).chain(() -> entries.persist(List.of(tiedNoRankLate, best, tiedRank2,
                tiedNoRankEarly, tiedRank1))));

        List<ReserveRanking.Ranked> ranked = inSession(() -> entries.listByReserve(reserve.id)).stream()
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), ReserveRanking::rank));
        assertEquals(List.of(best.id, tiedRank1.id, tiedRank2.id, tiedNoRankEarly.id, tiedNoRankLate.id),
                ranked.stream().map(r -> r.entry().id).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), ranked.stream().map(ReserveRanking.Ranked::rank).toList());
        assertEquals(5, inSession(() -> entries.listByVacancy(reserve.vacancyId)).size());
        assertEquals(tiedRank1.id, inSession(() -> entries.findByApplication(tiedRank1.applicationId)).id);
    }

    @Test
    void unknownIdsGiveEmptyResults() {
        UUID nobody = UUID.randomUUID();
        assertTrue(inSession(() -> entries.listByReserve(nobody)).isEmpty());
        assertTrue(inSession(() -> entries.listByVacancy(nobody)).isEmpty());
        assertNull(inSession(() -> entries.findByApplication(nobody)));
        assertNull(inSession(() -> reserves.findByVacancyAndType(nobody, ReserveType.PROMOTION)));
        assertTrue(inSession(() -> reserves.listByVacancy(nobody)).isEmpty());
        assertTrue(inSession(() -> changes.listByEntry(nobody)).isEmpty());
        assertEquals(0, (int) inTransaction(() -> entries.setValidUntil(nobody, LocalDate.of(2030, 1, 1))));
    }

    @Test
    void theEntriesFollowTheirReservesValidityAndTheHistoryIsInOrder() {
        Reserve reserve = Reserve.open(UUID.randomUUID(), ReserveType.PROMOTION, LocalDate.of(2026, 3, 1), 12, T0);
        ReserveEntry entry = ReserveEntry.place(reserve, UUID.randomUUID(), 70, null, T0);
        EntryChange second = EntryChange.of(entry, "hr", "DECLINED_TEMPORARY", EntryState.ACTIVE, "x", T0.plusHours(1));
        EntryChange first = EntryChange.of(entry, "system", "CREATED", null, "SelectionPassed", T0);
        inTransaction(() -> reserves.persist(reserve).chain(() -> entries.persist(entry))
                .chain(() -> changes.persist(List.of(second, first))));
        assertEquals(1, (int) inTransaction(() -> entries.setValidUntil(reserve.id, LocalDate.of(2028, 2, 29))));
        assertEquals(LocalDate.of(2028, 2, 29), inSession(() -> entries.findById(entry.id)).validUntil);
        assertEquals(List.of("CREATED", "DECLINED_TEMPORARY"),
                inSession(() -> changes.listByEntry(entry.id)).stream().map(c -> c.action).toList());
        assertEquals(reserve.id, inSession(() -> reserves.findByVacancyAndType(reserve.vacancyId, ReserveType.PROMOTION)).id);
    }

    @Test
    void aReserveValidUntilADayIsActiveThatWholeDayInBrusselsAndExpiresAtMidnight() {
        // the last valid day: 2 December 2026; midnight in Brussels (UTC+1 in winter) is 23:00 UTC
        LocalDate lastDay = LocalDate.of(2026, 12, 2);
        Reserve reserve = Reserve.open(UUID.randomUUID(), ReserveType.RECRUITMENT, LocalDate.of(2025, 12, 2), 12, T0);
        reserve.validUntil = lastDay;
        inTransaction(() -> reserves.persist(reserve));

        LocalDate beforeMidnight = clock.dateOf(OffsetDateTime.of(2026, 12, 2, 22, 59, 59, 0, ZoneOffset.UTC));
        LocalDate afterMidnight = clock.dateOf(OffsetDateTime.of(2026, 12, 2, 23, 0, 0, 0, ZoneOffset.UTC));
        assertEquals(lastDay, beforeMidnight);
        assertEquals(lastDay.plusDays(1), afterMidnight);

        assertTrue(inSession(() -> reserves.listActive(beforeMidnight)).stream().anyMatch(r -> r.id.equals(reserve.id)));
        assertTrue(inSession(() -> reserves.listActive(afterMidnight)).stream().noneMatch(r -> r.id.equals(reserve.id)));

        assertTrue(expire(beforeMidnight).stream().noneMatch(r -> r.id().equals(reserve.id)));
        List<ExpiredReserve> expired = expire(afterMidnight);
        ExpiredReserve mine = expired.stream().filter(r -> r.id().equals(reserve.id)).findFirst().orElseThrow();
        assertEquals(lastDay, mine.validUntil());
        assertEquals(ReserveType.RECRUITMENT, mine.reserveType());
        // once only: the next run finds it no longer active
        assertTrue(expire(afterMidnight).stream().noneMatch(r -> r.id().equals(reserve.id)));
        assertEquals("EXPIRED", pool.preparedQuery("SELECT state FROM reserve WHERE id = $1").execute(Tuple.of(reserve.id))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getString(0));
    }

    @Test
    void activeReservesComeSoonestExpiryFirst() {
        LocalDate today = LocalDate.of(2031, 5, 1);
        Reserve later = Reserve.open(UUID.randomUUID(), ReserveType.RECRUITMENT, today, 24, T0);
        later.validUntil = today.plusDays(30);
        Reserve sooner = Reserve.open(UUID.randomUUID(), ReserveType.RECRUITMENT, today, 24, T0);
        sooner.validUntil = today;
        Reserve ended = Reserve.open(UUID.randomUUID(), ReserveType.RECRUITMENT, today, 24, T0);
        ended.validUntil = today.plusDays(10);
        ended.end(today, T0, "hr", "reden", "B/1", today);
        inTransaction(() -> reserves.persist(List.of(later, sooner, ended)));
        List<UUID> active = inSession(() -> reserves.listActive(today)).stream().map(r -> r.id)
                .filter(id -> id.equals(later.id) || id.equals(sooner.id) || id.equals(ended.id)).toList();
        assertEquals(List.of(sooner.id, later.id), active);
    }

    private List<ExpiredReserve> expire(LocalDate today) {
        return pool.withTransaction(connection -> expiry.expireDue(connection, today)).await().atMost(Duration.ofSeconds(30));
    }

    private static <T> T inSession(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(work));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T inTransaction(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
