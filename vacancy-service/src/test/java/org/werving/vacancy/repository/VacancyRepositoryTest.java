package org.werving.vacancy.repository;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.model.VacancyStatus;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HR's list against the real PostgreSQL: newest first, the id breaking ties, by page, one status or all. */
@QuarkusTest
class VacancyRepositoryTest {
    @Inject
    Pool pool;
    @Inject
    VacancyRepository repository;

    private UUID insert(String status, OffsetDateTime createdAt, OffsetDateTime deadline, String title) {
        UUID id = UUID.randomUUID();
        pool.preparedQuery("INSERT INTO vacancy (id, title, status, application_deadline, created_at, procedure)"
                        + " VALUES ($1, $2, $3, $4, $5, '{\"stages\":[]}'::jsonb)")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(id, title, status, deadline, createdAt))
                .await().indefinitely();
        return id;
    }

    @Test
    void hrPagesAreNewestFirstWithTheIdBreakingTiesAndFilterOneStatus() {
        // far in the future, so that these rows are HR's newest whatever other tests wrote
        OffsetDateTime future = OffsetDateTime.now(ZoneOffset.UTC).plusYears(50).withNano(0);
        UUID newest = insert("ARCHIVED", future.plusMinutes(1), null, "Nieuwste");
        UUID tieA = insert("ARCHIVED", future, null, "Gelijk A");
        UUID tieB = insert("ARCHIVED", future, null, "Gelijk B");
        // PostgreSQL orders uuids by their bytes, unsigned: the order of their text
        List<UUID> tied = tieA.toString().compareTo(tieB.toString()) < 0 ? List.of(tieA, tieB) : List.of(tieB, tieA);

        List<UUID> first = ids(onVertx(() -> repository.page(VacancyStatus.ARCHIVED, 1, 2)));
        List<UUID> second = ids(onVertx(() -> repository.page(VacancyStatus.ARCHIVED, 2, 2)));
        assertEquals(List.of(newest, tied.get(0)), first);
        assertEquals(tied.get(1), second.get(0), "page 2 goes on where page 1 stopped");

        List<Vacancy> all = onVertx(() -> repository.page(null, 1, 3));
        assertEquals(List.of(newest, tied.get(0), tied.get(1)), ids(all), "no status: every status");
        assertTrue(onVertx(() -> repository.page(VacancyStatus.FILLED, 1, 50)).stream()
                .allMatch(v -> v.status == VacancyStatus.FILLED));
    }

    private static <T> T onVertx(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<UUID> ids(List<Vacancy> vacancies) {
        return vacancies.stream().map(v -> v.id).toList();
    }
}
