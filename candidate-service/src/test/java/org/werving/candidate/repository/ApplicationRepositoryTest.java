package org.werving.candidate.repository;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.candidate.model.Application;
import org.werving.candidate.model.ApplicationStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.candidate.repository.Rows.NOW;
import static org.werving.candidate.repository.Rows.application;
import static org.werving.candidate.repository.Rows.inSession;
import static org.werving.candidate.repository.Rows.inTransaction;
import static org.werving.candidate.repository.Rows.save;

/** Every custom query of {@link ApplicationRepository}, against the real PostgreSQL, at its edges. */
@QuarkusTest
class ApplicationRepositoryTest {
    @Inject
    ApplicationRepository repository;

    private static String email() {
        return "repo-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void anEmailAddressAppliesOncePerVacancyWhateverItsCase() {
        UUID vacancy = Rows.vacancy();
        UUID other = Rows.vacancy();
        String email = email();
        save(application(vacancy, email));
        save(application(other, email)); // another vacancy: free
        save(application(vacancy, email())); // another address: free

        // the unique index is the check (no pre-check when applying): the same address in other letters is refused
        Throwable twin = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> save(application(vacancy, email.toUpperCase())));
        boolean named = false;
        for (Throwable t = twin; t != null && !named; t = t.getCause() == t ? null : t.getCause()) {
            named = t.getMessage() != null && t.getMessage().contains("application_vacancy_email_uq");
        }
        assertTrue(named, "refused by application_vacancy_email_uq: " + twin);
    }

    @Test
    void aTokenOpensOnlyItsOwnUnrevokedApplication() {
        UUID vacancy = Rows.vacancy();
        Application a = application(vacancy, email());
        a.accessTokenHash = "hash-" + UUID.randomUUID();
        save(a);
        Application b = application(vacancy, email());
        b.accessTokenHash = "hash-" + UUID.randomUUID();
        b.tokenRevokedAt = NOW;
        save(b);

        assertEquals(a.id, inSession(() -> repository.findByToken(a.id, a.accessTokenHash)).id);
        assertNull(inSession(() -> repository.findByToken(b.id, a.accessTokenHash)), "another application's token");
        assertNull(inSession(() -> repository.findByToken(b.id, b.accessTokenHash)), "a revoked token");
        assertNull(inSession(() -> repository.findByToken(a.id, "unknown")));
    }

    @Test
    void anIdempotencyKeyFindsItsApplicationAndNoOther() {
        UUID vacancy = Rows.vacancy();
        Application a = application(vacancy, email());
        a.idempotencyKey = "key-" + UUID.randomUUID();
        save(a);
        assertEquals(a.id, inSession(() -> repository.findByIdempotencyKey(a.idempotencyKey)).id);
        assertNull(inSession(() -> repository.findByIdempotencyKey("key-" + UUID.randomUUID())));
    }

    @Test
    void countsPerVacancyAndStatusIncludeErasedApplications() {
        UUID vacancy = Rows.vacancy();
        save(application(vacancy, email()));
        Application erased = application(vacancy, email());
        erased.erasePersonalData(NOW);
        save(erased);
        Application admitted = application(vacancy, email());
        admitted.status = ApplicationStatus.ADMITTED;
        save(admitted);

        List<Object[]> mine = inSession(() -> repository.countsByVacancyAndStatus()).stream()
                .filter(row -> vacancy.equals(row[0])).toList();
        assertEquals(2, mine.size(), "one row per status");
        assertEquals("ADMITTED", String.valueOf(mine.get(0)[1]), "ordered by vacancy, then status");
        assertEquals(1L, ((Number) mine.get(0)[2]).longValue());
        assertEquals(0L, ((Number) mine.get(0)[3]).longValue());
        assertEquals("RECEIVED", String.valueOf(mine.get(1)[1]));
        assertEquals(2L, ((Number) mine.get(1)[2]).longValue());
        assertEquals(1L, ((Number) mine.get(1)[3]).longValue(), "the erased one still counts");
    }

    @Test
    void aReserveHoldsItsOwnLaureatesInApplicationOrderAndOldEntriesCountByInternal() {
        UUID vacancy = Rows.vacancy();
        Application recruitment = inReserve(vacancy, "RECRUITMENT", false, NOW.minusDays(1));
        Application promotion = inReserve(vacancy, "PROMOTION", true, NOW.minusDays(3));
        Application oldInternal = inReserve(vacancy, null, true, NOW.minusDays(2));
        Application oldExternal = inReserve(vacancy, null, false, NOW.minusDays(4));
        Application notInReserve = application(vacancy, email());
        notInReserve.status = ApplicationStatus.IN_PROCEDURE;
        save(notInReserve);

        assertEquals(List.of(oldExternal.id, recruitment.id), ids(inSession(() -> repository.inReserve(vacancy, "RECRUITMENT"))));
        assertEquals(List.of(promotion.id, oldInternal.id), ids(inSession(() -> repository.inReserve(vacancy, "PROMOTION"))));
        assertEquals(List.of(oldExternal.id, promotion.id, oldInternal.id, recruitment.id),
                ids(inSession(() -> repository.inReserve(vacancy, null))), "either reserve, oldest application first");
        UUID empty = Rows.vacancy();
        assertEquals(List.of(), ids(inSession(() -> repository.inReserve(empty, null))), "an empty reserve");
    }

    private Application inReserve(UUID vacancy, String type, boolean internal, OffsetDateTime appliedAt) {
        Application a = application(vacancy, email());
        a.status = ApplicationStatus.IN_RESERVE;
        a.reserveType = type;
        a.internal = internal;
        a.appliedAt = appliedAt;
        save(a);
        return a;
    }

    @Test
    void retentionIsDueStrictlyAfterItsCutOffAndNeverTwice() {
        UUID vacancy = Rows.vacancy();
        // a cut-off far in the past, so that no other test's application is due at it
        OffsetDateTime leftBefore = OffsetDateTime.parse("2001-03-01T00:00:00+01:00");
        LocalDate reserveBefore = LocalDate.of(2001, 3, 1);
        Application leftJustBefore = left(vacancy, leftBefore.minusNanos(1000));
        Application leftAtCutOff = left(vacancy, leftBefore);
        Application reserveDayBefore = reserve(vacancy, reserveBefore.minusDays(1));
        Application reserveOnCutOff = reserve(vacancy, reserveBefore);
        Application erased = left(vacancy, leftBefore.minusDays(10));
        inTransaction(() -> repository.markErased(erased.id, NOW));

        List<UUID> due = inSession(() -> repository.dueForRetention(leftBefore, reserveBefore, 10_000));
        assertTrue(due.contains(leftJustBefore.id), "left a microsecond before the cut-off");
        assertFalse(due.contains(leftAtCutOff.id), "left at the cut-off itself: not yet");
        assertTrue(due.contains(reserveDayBefore.id), "reserve valid until the day before");
        assertFalse(due.contains(reserveOnCutOff.id), "reserve valid until the cut-off day: not yet");
        assertFalse(due.contains(erased.id), "already erased");
        assertEquals(1, inSession(() -> repository.dueForRetention(leftBefore, reserveBefore, 1)).size(), "at most the limit");

        assertEquals(1, inTransaction(() -> repository.markErased(leftJustBefore.id, NOW)), "the first marks it");
        assertEquals(0, inTransaction(() -> repository.markErased(leftJustBefore.id, NOW)), "the second finds it done");
        assertNotNull(inSession(() -> repository.findById(leftJustBefore.id)).erasedAt);
        assertFalse(inSession(() -> repository.dueForRetention(leftBefore, reserveBefore, 10_000)).contains(leftJustBefore.id));
    }

    private Application left(UUID vacancy, OffsetDateTime at) {
        Application a = application(vacancy, email());
        a.status = ApplicationStatus.NOT_ADMITTED;
        a.leftProcedureAt = at;
        save(a);
        return a;
    }

    private Application reserve(UUID vacancy, LocalDate validUntil) {
        Application a = application(vacancy, email());
        a.status = ApplicationStatus.IN_RESERVE;
        a.reserveValidUntil = validUntil;
        save(a);
        return a;
    }

    private static List<UUID> ids(List<Application> applications) {
        return applications.stream().map(a -> a.id).toList();
    }
}
