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
import org.werving.chassis.problem.ProblemTypes;

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
                    .onItem().ifNull().failWith(Applying::unknownVacancy)
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
            throw new ProblemException(422, "idempotency-key-reused", "Dit formulier werd al verstuurd",
                    "Dit formulier werd al eens verstuurd met andere gegevens. Open het formulier opnieuw en verstuur het nog eens.",
                    List.of(new Problem.FieldError(ErrorTexts.IDEMPOTENCY_HEADER,
                            "Deze verzending hoort bij een andere sollicitatie.")));
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
                .onFailure(Applying::violatesUniqueEmail).transform(e -> duplicate())
                .onFailure(f -> violates(f, UNIQUE_IDEMPOTENCY_KEY)).transform(e -> new ProblemException(409,
                        "idempotency-in-progress", "Je sollicitatie wordt nog verwerkt",
                        "Je sollicitatie wordt op dit moment al verwerkt. Wacht even en probeer het opnieuw."))
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
                .map(field -> new Problem.FieldError(field, "Vul " + ErrorTexts.label(field)
                        + " in: dat is nodig als je al bij stad of OCMW werkt."))
                .toList();
        if (!missing.isEmpty()) {
            throw ErrorTexts.invalid(missing);
        }
    }

    private static ProblemException vacancyClosed(Vacancy vacancy) {
        return new ProblemException(409, "vacancy-closed", "Solliciteren kan niet meer",
                "Deze vacature neemt geen kandidaturen meer aan"
                        + (vacancy.applicationDeadline == null ? "." : " (deadline " + ErrorTexts.date(vacancy.applicationDeadline) + ")."),
                List.of(new Problem.FieldError("vacancyId", "Voor deze vacature kan je niet meer solliciteren.")));
    }

    private static ProblemException unknownVacancy() {
        return new ProblemException(404, ProblemTypes.NOT_FOUND, "Vacature niet gevonden",
                "Deze vacature bestaat niet of is niet meer gepubliceerd.",
                List.of(new Problem.FieldError("vacancyId", "Deze vacature bestaat niet of is niet meer gepubliceerd.")));
    }

    private static ProblemException duplicate() {
        return new ProblemException(409, "duplicate-application", "Je hebt al gesolliciteerd",
                "Je hebt al gesolliciteerd voor deze vacature met dit e-mailadres.",
                List.of(new Problem.FieldError("email", "Met dit e-mailadres heb je al gesolliciteerd voor deze vacature.")));
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
