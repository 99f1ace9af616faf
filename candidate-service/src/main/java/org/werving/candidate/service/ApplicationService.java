package org.werving.candidate.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.werving.candidate.mapping.ApplicationMapper;
import org.werving.candidate.messaging.CandidateApplied;
import org.werving.candidate.messaging.EventEnvelope;
import org.werving.candidate.messaging.Outbox;
import org.werving.candidate.model.Application;
import org.werving.candidate.model.ApplicationStatus;
import org.werving.candidate.model.TimelineEntry;
import org.werving.candidate.model.TimelineStep;
import org.werving.candidate.model.Vacancy;
import org.werving.candidate.repository.ApplicationRepository;
import org.werving.candidate.repository.TimelineRepository;
import org.werving.candidate.repository.VacancyRepository;
import org.werving.candidate.rest.ApplicationRequest;
import org.werving.candidate.rest.ApplicationView;
import org.werving.candidate.rest.ProblemException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Applying, and the application's status and timeline as the procedure moves on. */
@ApplicationScoped
public class ApplicationService {
    public static final String AGGREGATE = "application";
    static final String UNIQUE_EMAIL_PER_VACANCY = "application_vacancy_email_uq";
    private static final Logger LOG = Logger.getLogger(ApplicationService.class);

    private final ApplicationRepository applications;
    private final VacancyRepository vacancies;
    private final TimelineRepository timeline;
    private final ApplicationMapper mapper;
    private final Outbox outbox;
    private final Clock clock;

    public ApplicationService(ApplicationRepository applications, VacancyRepository vacancies, TimelineRepository timeline,
            ApplicationMapper mapper, Outbox outbox) {
        this.applications = applications;
        this.vacancies = vacancies;
        this.timeline = timeline;
        this.mapper = mapper;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    /**
     * Accepts an application for an open vacancy, once per e-mail address; records CandidateApplied
     * and the first timeline entry in the same transaction.
     */
    @WithTransaction
    public Uni<ApplicationView> apply(ApplicationRequest request) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String email = request.email().trim();
        return vacancies.findById(request.vacancyId())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("vacancy", request.vacancyId()))
                .flatMap(vacancy -> {
                    if (!vacancy.acceptsApplicationsAt(now)) {
                        throw vacancyClosed(vacancy);
                    }
                    return applications.existsFor(vacancy.id, email).flatMap(exists -> {
                        if (exists) {
                            throw duplicate(vacancy.id);
                        }
                        return accept(request, vacancy, now);
                    });
                });
    }

    private Uni<ApplicationView> accept(ApplicationRequest request, Vacancy vacancy, OffsetDateTime now) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        mapper.apply(request, application);
        application.status = ApplicationStatus.RECEIVED;
        application.appliedAt = now;
        // flushed here, so that a concurrent twin hits the unique index inside this method
        return applications.persistAndFlush(application)
                .onFailure(ApplicationService::violatesUniqueEmail).transform(e -> duplicate(vacancy.id))
                .flatMap(saved -> outbox.record(AGGREGATE, application.id, CandidateApplied.TYPE,
                        mapper.toEvent(application), now))
                .flatMap(eventId -> {
                    TimelineEntry first = entry(application.id, eventId, now, CandidateApplied.TYPE, TimelineTexts.received());
                    return timeline.persist(first)
                            .map(saved -> mapper.toView(application, vacancy, List.of(first)));
                });
    }

    @WithSession
    public Uni<ApplicationView> view(UUID id) {
        return applications.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("application", id))
                .flatMap(application -> vacancies.findById(application.vacancyId)
                        .flatMap(vacancy -> timeline.listFor(id)
                                .map(entries -> mapper.toView(application, vacancy, entries))));
    }

    /**
     * Adds an event's entry to the timeline of the application it concerns and moves the status on.
     * Runs inside the consumer's transaction. An unknown application is logged and ignored.
     */
    public Uni<Void> record(EventEnvelope event, UUID applicationId, TimelineStep step) {
        return applications.findById(applicationId).flatMap(application -> {
            if (application == null) {
                LOG.warnf("%s %s concerns unknown application %s: ignored", event.type(), event.id(), applicationId);
                return Uni.createFrom().voidItem();
            }
            application.status = application.status.advanceTo(step.status());
            return timeline.persist(entry(application.id, event.id(), event.time(), event.type(), step)).replaceWithVoid();
        });
    }

    private TimelineEntry entry(UUID applicationId, UUID eventId, OffsetDateTime at, String type, TimelineStep step) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.applicationId = applicationId;
        entry.eventId = eventId;
        entry.at = at;
        entry.type = type;
        entry.text = step.text();
        entry.recordedAt = OffsetDateTime.now(clock);
        return entry;
    }

    private static ProblemException vacancyClosed(Vacancy vacancy) {
        return new ProblemException(409, "vacancy-closed", "The vacancy does not take applications",
                "vacancy " + vacancy.id + " is closed to applications"
                        + (vacancy.applicationDeadline == null ? "" : " (deadline " + vacancy.applicationDeadline + ")"));
    }

    private static ProblemException duplicate(UUID vacancyId) {
        return new ProblemException(409, "duplicate-application", "Already applied",
                "this e-mail address has already applied to vacancy " + vacancyId);
    }

    static boolean violatesUniqueEmail(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(UNIQUE_EMAIL_PER_VACANCY)) {
                return true;
            }
        }
        return false;
    }
}
