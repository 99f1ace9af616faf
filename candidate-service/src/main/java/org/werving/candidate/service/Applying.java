package org.werving.candidate.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.config.CandidateConfig;
import org.werving.candidate.mail.Notifications;
import org.werving.candidate.messaging.out.CandidateApplied;
import org.werving.candidate.model.Application;
import org.werving.candidate.model.ApplicationDocument;
import org.werving.candidate.model.ApplicationStatus;
import org.werving.candidate.model.TimelineEntry;
import org.werving.candidate.model.Vacancy;
import org.werving.candidate.repository.ApplicationRepository;
import org.werving.candidate.repository.DocumentRepository;
import org.werving.candidate.repository.TimelineRepository;
import org.werving.candidate.repository.VacancyRepository;
import org.werving.chassis.messaging.Outbox;
import org.werving.chassis.problem.Problem;
import org.werving.chassis.problem.ProblemException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Applying to an open vacancy: once per e-mail address, idempotent per Idempotency-Key, with CV and motivation letter. */
@ApplicationScoped
public class Applying {
    /** The outbox aggregate of every event this service publishes. */
    public static final String AGGREGATE = "application";
    static final String UNIQUE_EMAIL_PER_VACANCY = "application_vacancy_email_uq";
    static final String UNIQUE_IDEMPOTENCY_KEY = "application_idempotency_key_uq";

    private final ApplicationRepository applications;
    private final VacancyRepository vacancies;
    private final TimelineRepository timeline;
    private final DocumentRepository documents;
    private final ApplicationTimeline steps;
    private final Outbox outbox;
    private final Notifications notifications;
    private final long maxDocumentBytes;
    private final Clock clock = Clock.systemUTC();

    public Applying(ApplicationRepository applications, VacancyRepository vacancies, TimelineRepository timeline,
            DocumentRepository documents, ApplicationTimeline steps, Outbox outbox, Notifications notifications,
            CandidateConfig config) {
        this.applications = applications;
        this.vacancies = vacancies;
        this.timeline = timeline;
        this.documents = documents;
        this.steps = steps;
        this.outbox = outbox;
        this.notifications = notifications;
        this.maxDocumentBytes = config.documents().maxBytes();
    }

    /**
     * The outcome of applying: the application, its one-time secret link token (null on a retry) and
     * whether it is new (201) or a retry (200).
     */
    public record Applied(ApplicationState state, String accessToken, boolean created) {
    }

    /**
     * Accepts {@code form} (the candidate form on an application not yet stored) for an open vacancy,
     * once per e-mail address; records the application, its documents, CandidateApplied and the first
     * timeline entry in one transaction. A retry with the same Idempotency-Key (and the same e-mail
     * address and vacancy) gets the same application back and changes nothing: the secret link of the
     * receipt mail keeps working, so the retry's answer carries no token (only its hash is stored).
     */
    @WithTransaction
    public Uni<Applied> apply(Application form, String idempotencyKey, List<Upload> uploads) {
        List<ApplicationDocument> checked = DocumentCheck.check(uploads, maxDocumentBytes);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        requireInternalFacts(form);
        Uni<Application> retried = idempotencyKey == null ? Uni.createFrom().nullItem()
                : applications.findByIdempotencyKey(idempotencyKey);
        return retried.flatMap(earlier -> {
            if (earlier != null) {
                return retry(earlier, form);
            }
            return vacancies.findById(form.vacancyId)
                    .onItem().ifNull().failWith(() -> ProblemException.notFound("vacancy", form.vacancyId))
                    .flatMap(vacancy -> {
                        if (!vacancy.acceptsApplicationsAt(now)) {
                            throw vacancyClosed(vacancy);
                        }
                        // no pre-check for the address: the unique index refuses a twin (duplicate-application)
                        return accept(form, idempotencyKey, checked, vacancy, now);
                    });
        });
    }

    private Uni<Applied> retry(Application earlier, Application form) {
        if (!earlier.vacancyId.equals(form.vacancyId) || earlier.email == null
                || !earlier.email.toLowerCase(Locale.ROOT).equals(form.email.toLowerCase(Locale.ROOT))) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency key already used",
                    "this Idempotency-Key was used for another submission", List.of());
        }
        return vacancies.findById(earlier.vacancyId).flatMap(vacancy -> timeline.listFor(earlier.id)
                .map(entries -> new Applied(new ApplicationState(earlier, vacancy, entries, List.of()), null, false)));
    }

    private Uni<Applied> accept(Application application, String idempotencyKey, List<ApplicationDocument> docs,
            Vacancy vacancy, OffsetDateTime now) {
        application.id = UUID.randomUUID();
        application.status = ApplicationStatus.RECEIVED;
        application.appliedAt = now;
        application.consentAt = now;
        application.idempotencyKey = idempotencyKey;
        String token = AccessTokens.generate();
        application.accessTokenHash = AccessTokens.hash(token);
        // flushed here, so that a concurrent twin hits the unique index inside this method
        return applications.persistAndFlush(application)
                .onFailure(Applying::violatesUniqueEmail).transform(e -> duplicate(vacancy.id))
                .onFailure(f -> violates(f, UNIQUE_IDEMPOTENCY_KEY)).transform(e -> ProblemException.conflict(
                        "idempotency-in-progress", "a submission with this Idempotency-Key is being processed; retry"))
                .flatMap(saved -> persistDocuments(application.id, docs, now))
                .flatMap(saved -> outbox.record(AGGREGATE, application.id, CandidateApplied.TYPE,
                        CandidateApplied.of(application), now))
                .flatMap(eventId -> {
                    TimelineEntry first = steps.entry(application.id, eventId, now, CandidateApplied.TYPE,
                            TimelineTexts.received());
                    return timeline.persist(first)
                            .flatMap(saved -> notifications.enqueue(application, vacancy.title, Notifications.RECEIPT,
                                    Map.of("link", notifications.link(application.id, token))))
                            .map(saved -> new Applied(new ApplicationState(application, vacancy, List.of(first), List.of()), token,
                                    true));
                });
    }

    private Uni<Void> persistDocuments(UUID applicationId, List<ApplicationDocument> docs, OffsetDateTime now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ApplicationDocument doc : docs) {
            doc.applicationId = applicationId;
            doc.uploadedAt = now;
            chain = chain.flatMap(v -> documents.persist(doc).replaceWithVoid());
        }
        return chain;
    }

    private static void requireInternalFacts(Application form) {
        List<Problem.FieldError> missing = form.missingInternalFacts().stream()
                .map(field -> new Problem.FieldError(field, "is required for an internal candidate"))
                .toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request",
                    "an internal candidate gives contract type, current level and seniority", missing);
        }
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
        return violates(failure, UNIQUE_EMAIL_PER_VACANCY);
    }

    static boolean violates(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
