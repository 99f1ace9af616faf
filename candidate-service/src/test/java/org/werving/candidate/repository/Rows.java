package org.werving.candidate.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import org.werving.candidate.model.Application;
import org.werving.candidate.model.ApplicationStatus;
import org.werving.candidate.model.Vacancy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;

/** Rows for the repository tests, written and read on a Vert.x context as the application does. */
final class Rows {
    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);

    private Rows() {
    }

    static <T> T inSession(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(work));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T inTransaction(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static UUID vacancy() {
        Vacancy vacancy = new Vacancy();
        vacancy.id = UUID.randomUUID();
        vacancy.published("Repository", NOW.plusDays(10), NOW);
        return inTransaction(() -> vacancy.persist().replaceWith(vacancy.id));
    }

    /** A new application of {@code vacancyId}, not yet stored: change what the test needs, then {@link #save}. */
    static Application application(UUID vacancyId, String email) {
        Application a = new Application();
        a.id = UUID.randomUUID();
        a.vacancyId = vacancyId;
        a.firstName = "Test";
        a.lastName = "Kandidaat";
        a.email = email;
        a.internal = false;
        a.relevantExperienceMonths = 0;
        a.status = ApplicationStatus.RECEIVED;
        a.appliedAt = NOW;
        return a;
    }

    static UUID save(Application a) {
        return inTransaction(() -> a.persist().replaceWith(a.id));
    }
}
