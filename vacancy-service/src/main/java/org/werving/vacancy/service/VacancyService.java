package org.werving.vacancy.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.vacancy.mapping.VacancyMapper;
import org.werving.vacancy.messaging.Outbox;
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.model.VacancyStatus;
import org.werving.vacancy.repository.VacancyRepository;
import org.werving.vacancy.rest.Problem;
import org.werving.vacancy.rest.ProblemException;
import org.werving.vacancy.rest.VacancyRequest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Vacancy lifecycle: draft, published, closed. Every change and its event commit together. */
@ApplicationScoped
public class VacancyService {
    public static final String AGGREGATE = "vacancy";

    private final VacancyRepository repository;
    private final VacancyMapper mapper;
    private final Outbox outbox;
    private final Clock clock;

    public VacancyService(VacancyRepository repository, VacancyMapper mapper, Outbox outbox) {
        this.repository = repository;
        this.mapper = mapper;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    @WithTransaction
    public Uni<Vacancy> createDraft(VacancyRequest request) {
        Vacancy vacancy = new Vacancy();
        vacancy.id = UUID.randomUUID();
        vacancy.status = VacancyStatus.DRAFT;
        vacancy.createdAt = OffsetDateTime.now(clock);
        mapper.apply(request, vacancy);
        return repository.persist(vacancy);
    }

    @WithTransaction
    public Uni<Vacancy> updateDraft(UUID id, VacancyRequest request) {
        return find(id).invoke(vacancy -> {
            requireStatus(vacancy, VacancyStatus.DRAFT, "only a draft can be edited freely");
            mapper.apply(request, vacancy);
        });
    }

    @WithTransaction
    public Uni<Vacancy> publish(UUID id) {
        return find(id).flatMap(vacancy -> {
            requireStatus(vacancy, VacancyStatus.DRAFT, "only a draft can be published");
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<Problem.FieldError> missing = PublicationCheck.missing(vacancy, now);
            if (!missing.isEmpty()) {
                throw new ProblemException(422, "vacancy-incomplete", "The vacancy is not complete",
                        "the vacancy cannot be published: " + missing.size() + " element(s) missing or invalid", missing);
            }
            vacancy.status = VacancyStatus.PUBLISHED;
            vacancy.publishedAt = now;
            return outbox.record(AGGREGATE, vacancy.id, "VacancyPublished", mapper.toView(vacancy)).replaceWith(vacancy);
        });
    }

    @WithTransaction
    public Uni<Vacancy> close(UUID id, String reason) {
        return find(id).flatMap(vacancy -> {
            requireStatus(vacancy, VacancyStatus.PUBLISHED, "only a published vacancy can be closed");
            vacancy.status = VacancyStatus.CLOSED;
            vacancy.closedAt = OffsetDateTime.now(clock);
            return outbox.record(AGGREGATE, vacancy.id, "VacancyClosed", Map.of("vacancyId", vacancy.id,
                    "closedAt", vacancy.closedAt, "reason", reason == null ? "closed by HR" : reason))
                    .replaceWith(vacancy);
        });
    }

    private Uni<Vacancy> find(UUID id) {
        return repository.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("vacancy", id));
    }

    private static void requireStatus(Vacancy vacancy, VacancyStatus required, String rule) {
        if (vacancy.status != required) {
            throw ProblemException.conflict("vacancy-status", rule + "; vacancy " + vacancy.id + " is " + vacancy.status);
        }
    }
}
