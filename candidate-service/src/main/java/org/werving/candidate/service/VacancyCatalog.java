package org.werving.candidate.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.messaging.UnreadableEventException;
import org.werving.candidate.messaging.in.IncomingEvents.VacancyAmended;
import org.werving.candidate.messaging.in.IncomingEvents.VacancyClosed;
import org.werving.candidate.messaging.in.IncomingEvents.VacancyPublished;
import org.werving.candidate.model.Vacancy;
import org.werving.candidate.repository.VacancyRepository;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The vacancy read model. Runs inside the consumer's transaction. Either event may come first or
 * twice; once closed, a vacancy stays closed.
 */
@ApplicationScoped
public class VacancyCatalog {
    private final VacancyRepository vacancies;

    public VacancyCatalog(VacancyRepository vacancies) {
        this.vacancies = vacancies;
    }

    public Uni<Void> published(VacancyPublished event, OffsetDateTime eventTime) {
        require(event.id(), "VacancyPublished without id");
        return upsert(event.id(), v -> v.published(event.title(), event.applicationDeadline(),
                event.publishedAt() == null ? eventTime : event.publishedAt()));
    }

    public Uni<Void> closed(VacancyClosed event, OffsetDateTime eventTime) {
        require(event.vacancyId(), "VacancyClosed without vacancyId");
        return upsert(event.vacancyId(), v -> v.closed(event.closedAt() == null ? eventTime : event.closedAt()));
    }

    /**
     * VacancyAmended: title and deadline from the amended vacancy. A vacancy not seen before (its
     * VacancyPublished lost to the dead-letter topic) is taken in as the amendment describes it.
     */
    public Uni<Void> amended(VacancyAmended event, OffsetDateTime eventTime) {
        VacancyAmended.VacancyView view = event.vacancy();
        UUID id = event.vacancyId() != null ? event.vacancyId() : view == null ? null : view.id();
        require(id, "VacancyAmended without vacancyId");
        require(view, "VacancyAmended without vacancy");
        return vacancies.findById(id).flatMap(existing -> {
            if (existing != null) {
                existing.amended(view.title(), view.applicationDeadline());
                return Uni.createFrom().voidItem();
            }
            Vacancy vacancy = new Vacancy();
            vacancy.id = id;
            vacancy.published(view.title(), view.applicationDeadline(), eventTime);
            if ("CLOSED".equals(view.status())) {
                vacancy.closed(event.amendedAt() == null ? eventTime : event.amendedAt());
            }
            return vacancies.persist(vacancy).replaceWithVoid();
        });
    }

    private Uni<Void> upsert(UUID id, Consumer<Vacancy> change) {
        return vacancies.findById(id).flatMap(existing -> {
            if (existing != null) {
                change.accept(existing); // flushed at commit
                return Uni.createFrom().voidItem();
            }
            Vacancy vacancy = new Vacancy();
            vacancy.id = id;
            change.accept(vacancy);
            return vacancies.persist(vacancy).replaceWithVoid();
        });
    }

    private static void require(Object value, String message) {
        if (value == null) {
            throw new UnreadableEventException(message);
        }
    }
}
