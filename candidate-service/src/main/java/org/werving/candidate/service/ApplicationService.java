package org.werving.candidate.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.werving.chassis.reactive.Steps;
import org.werving.chassis.problem.Problem;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.chassis.messaging.Outbox;
import org.werving.candidate.mail.MailMessage;
import org.werving.candidate.mail.Notifications;
import org.werving.candidate.mapping.ApplicationMapper;
import org.werving.candidate.messaging.CandidateApplied;
import org.werving.candidate.messaging.CandidateEvents.ApplicationWithdrawn;
import org.werving.candidate.messaging.CandidateEvents.CandidateDataErased;
import org.werving.candidate.messaging.CandidateEvents.SlotBookingRequested;
import org.werving.candidate.model.Application;
import org.werving.candidate.model.ApplicationDocument;
import org.werving.candidate.model.ApplicationStatus;
import org.werving.candidate.model.TimelineEntry;
import org.werving.candidate.model.TimelineStep;
import org.werving.candidate.model.Vacancy;
import org.werving.candidate.repository.ApplicationRepository;
import org.werving.candidate.repository.DocumentRepository;
import org.werving.candidate.repository.TimelineRepository;
import org.werving.candidate.repository.VacancyRepository;
import org.werving.candidate.rest.AppliedView;
import org.werving.candidate.rest.ApplicationRequest;
import org.werving.candidate.rest.ApplicationView;
import org.werving.candidate.rest.CandidateData;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Applying, the candidate's self-service, and the application's status and timeline as the procedure moves on. */
@ApplicationScoped
public class ApplicationService {
    public static final String AGGREGATE = "application";
    static final String UNIQUE_EMAIL_PER_VACANCY = "application_vacancy_email_uq";
    static final String UNIQUE_IDEMPOTENCY_KEY = "application_idempotency_key_uq";
    private static final Logger LOG = Logger.getLogger(ApplicationService.class);

    private final ApplicationRepository applications;
    private final VacancyRepository vacancies;
    private final TimelineRepository timeline;
    private final DocumentRepository documents;
    private final ApplicationMapper mapper;
    private final Outbox outbox;
    private final Notifications notifications;
    private final long maxDocumentBytes;
    private final Clock clock;

    public ApplicationService(ApplicationRepository applications, VacancyRepository vacancies, TimelineRepository timeline,
            DocumentRepository documents, ApplicationMapper mapper, Outbox outbox, Notifications notifications,
            @ConfigProperty(name = "werving.documents.max-bytes", defaultValue = "10485760") long maxDocumentBytes) {
        this.applications = applications;
        this.vacancies = vacancies;
        this.timeline = timeline;
        this.documents = documents;
        this.mapper = mapper;
        this.outbox = outbox;
        this.notifications = notifications;
        this.maxDocumentBytes = maxDocumentBytes;
        this.clock = Clock.systemUTC();
    }

    /** The outcome of applying: the application with its one-time token, and whether it is new (201) or a retry (200). */
    public record Applied(AppliedView view, boolean created) {
    }

    /**
     * Accepts an application for an open vacancy, once per e-mail address; records the application,
     * its documents, CandidateApplied and the first timeline entry in one transaction. A retry with
     * the same Idempotency-Key (and the same e-mail address and vacancy) gets the same application
     * back and changes nothing: the secret link of the receipt mail keeps working, so the retry's
     * answer carries no token (only its hash is stored).
     */
    @WithTransaction
    public Uni<Applied> apply(ApplicationRequest request, String idempotencyKey, List<Upload> uploads) {
        List<ApplicationDocument> checked = check(uploads);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        checkInternalFacts(request);
        String email = request.email().trim();
        Uni<Application> retried = idempotencyKey == null ? Uni.createFrom().nullItem()
                : applications.findByIdempotencyKey(idempotencyKey);
        return retried.flatMap(earlier -> {
            if (earlier != null) {
                return retry(earlier, request, email);
            }
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
                            return accept(request, idempotencyKey, checked, vacancy, now);
                        });
                    });
        });
    }

    private Uni<Applied> retry(Application earlier, ApplicationRequest request, String email) {
        if (!earlier.vacancyId.equals(request.vacancyId()) || earlier.email == null
                || !earlier.email.toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT))) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency key already used",
                    "this Idempotency-Key was used for another submission", List.of());
        }
        return vacancies.findById(earlier.vacancyId).flatMap(vacancy -> timeline.listFor(earlier.id)
                .map(entries -> new Applied(AppliedView.of(mapper.toView(earlier, vacancy, entries), null), false)));
    }

    private Uni<Applied> accept(ApplicationRequest request, String idempotencyKey, List<ApplicationDocument> docs,
            Vacancy vacancy, OffsetDateTime now) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        mapper.apply(request, application);
        application.status = ApplicationStatus.RECEIVED;
        application.appliedAt = now;
        application.consentAt = now;
        application.idempotencyKey = idempotencyKey;
        String token = AccessTokens.generate();
        application.accessTokenHash = AccessTokens.hash(token);
        // flushed here, so that a concurrent twin hits the unique index inside this method
        return applications.persistAndFlush(application)
                .onFailure(ApplicationService::violatesUniqueEmail).transform(e -> duplicate(vacancy.id))
                .onFailure(f -> violates(f, UNIQUE_IDEMPOTENCY_KEY)).transform(e -> ProblemException.conflict(
                        "idempotency-in-progress", "a submission with this Idempotency-Key is being processed; retry"))
                .flatMap(saved -> persistDocuments(application.id, docs, now))
                .flatMap(saved -> outbox.record(AGGREGATE, application.id, CandidateApplied.TYPE,
                        mapper.toEvent(application), now))
                .flatMap(eventId -> {
                    TimelineEntry first = entry(application.id, eventId, now, CandidateApplied.TYPE, TimelineTexts.received());
                    return timeline.persist(first)
                            .flatMap(saved -> notifications.enqueue(application, vacancy.title, Notifications.RECEIPT,
                                    Map.of("link", notifications.link(application.id, token))))
                            .map(saved -> new Applied(AppliedView.of(mapper.toView(application, vacancy, List.of(first)), token),
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

    /** Size (413) and content type by magic bytes (415) of each upload, before anything is written. */
    private List<ApplicationDocument> check(List<Upload> uploads) {
        List<ApplicationDocument> checked = new ArrayList<>();
        for (Upload upload : uploads) {
            String field = ApplicationDocument.CV.equals(upload.kind()) ? "cv" : "motivationLetter";
            if (upload.content().length > maxDocumentBytes) {
                throw new ProblemException(413, "document-too-large", "Document too large",
                        field + " is " + upload.content().length + " bytes; at most " + maxDocumentBytes + " are accepted",
                        List.of(new Problem.FieldError(field, "must be at most " + maxDocumentBytes + " bytes")));
            }
            if (upload.content().length == 0) {
                throw ProblemException.invalid(field, "must not be empty");
            }
            String mediaType = DocumentTypes.detect(upload.content()).orElseThrow(() -> new ProblemException(415,
                    "document-type", "Unsupported document type",
                    field + " is not a PDF, DOCX or ODT document (judged by its content, not its name)",
                    List.of(new Problem.FieldError(field, "must be a PDF, DOCX or ODT document"))));
            ApplicationDocument doc = new ApplicationDocument();
            doc.id = UUID.randomUUID();
            doc.kind = upload.kind();
            doc.fileName = safeName(upload.fileName(), mediaType);
            doc.mediaType = mediaType;
            doc.sizeBytes = upload.content().length;
            doc.content = upload.content();
            checked.add(doc);
        }
        return checked;
    }

    private static String safeName(String name, String mediaType) {
        String base = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N} ._-]", "_").trim();
        if (base.isEmpty()) {
            base = "document";
        }
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    /**
     * Internal candidates give the employee facts the admission rules for internal candidates need: the
     * seniority with stad or OCMW is required; the seniority at another local government is optional.
     */
    private static void checkInternalFacts(ApplicationRequest r) {
        if (!Boolean.TRUE.equals(r.internal())) {
            return;
        }
        List<Problem.FieldError> missing = new ArrayList<>();
        if (r.contractType() == null) {
            missing.add(new Problem.FieldError("contractType", "is required for an internal candidate"));
        }
        if (r.currentLevel() == null) {
            missing.add(new Problem.FieldError("currentLevel", "is required for an internal candidate"));
        }
        if (r.levelSeniorityMonths() == null) {
            missing.add(new Problem.FieldError("levelSeniorityMonths", "is required for an internal candidate"));
        }
        if (r.gradeSeniorityMonths() == null) {
            missing.add(new Problem.FieldError("gradeSeniorityMonths", "is required for an internal candidate"));
        }
        if (r.serviceSeniorityMonths() == null) {
            missing.add(new Problem.FieldError("serviceSeniorityMonths", "is required for an internal candidate"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request",
                    "an internal candidate gives contract type, current level and seniority", missing);
        }
    }

    /** HR's view: status and timeline. */
    @WithSession
    public Uni<ApplicationView> view(UUID id) {
        return applications.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("application", id))
                .flatMap(this::view);
    }

    private Uni<ApplicationView> view(Application application) {
        return vacancies.findById(application.vacancyId)
                .flatMap(vacancy -> timeline.listFor(application.id)
                        .map(entries -> mapper.toView(application, vacancy, entries)));
    }

    /** HR's view of the personal data, and the candidate's right of access: everything held. */
    @WithSession
    public Uni<CandidateData> data(UUID id) {
        return applications.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("application", id))
                .flatMap(this::data);
    }

    private Uni<CandidateData> data(Application application) {
        return vacancies.findById(application.vacancyId)
                .flatMap(vacancy -> timeline.listFor(application.id)
                        .flatMap(entries -> documents.listFor(application.id)
                                .map(docs -> mapper.toData(application, vacancy, entries, docs))));
    }

    @WithSession
    public Uni<ApplicationDocument> document(UUID applicationId, UUID documentId) {
        return documents.findFor(applicationId, documentId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("document", documentId));
    }

    // --- self-service: the secret link token opens one application; any other id is "not found" ---

    private Uni<Application> byToken(UUID id, String token) {
        if (token == null || token.isBlank()) {
            throw new ProblemException(401, "token-required", "Token required",
                    "the secret link token of the application is required in header X-Application-Token");
        }
        return applications.findByToken(id, AccessTokens.hash(token.trim()))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("application", id));
    }

    @WithSession
    public Uni<ApplicationView> selfView(UUID id, String token) {
        return byToken(id, token).flatMap(this::view);
    }

    @WithSession
    public Uni<CandidateData> selfData(UUID id, String token) {
        return byToken(id, token).flatMap(this::data);
    }

    @WithSession
    public Uni<ApplicationDocument> selfDocument(UUID id, UUID documentId, String token) {
        return byToken(id, token).flatMap(a -> documents.findFor(a.id, documentId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("document", documentId));
    }

    /** The candidate withdraws: status WITHDRAWN, a timeline entry, ApplicationWithdrawn. Once. */
    @WithTransaction
    public Uni<ApplicationView> withdraw(UUID id, String token) {
        return byToken(id, token).flatMap(application -> {
            if (application.status == ApplicationStatus.WITHDRAWN) {
                return view(application);
            }
            if (application.status.isFinal()) {
                throw ProblemException.conflict("application-final",
                        "the procedure already ended for this application (" + application.status + ")");
            }
            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
            return withdrawNow(application, now).flatMap(v -> view(application));
        });
    }

    private Uni<Void> withdrawNow(Application application, OffsetDateTime now) {
        application.status = ApplicationStatus.WITHDRAWN;
        application.withdrawnAt = now;
        application.leftProcedureAt = now;
        return outbox.record(AGGREGATE, application.id, ApplicationWithdrawn.TYPE,
                        new ApplicationWithdrawn(application.id, application.vacancyId, now), now)
                .flatMap(eventId -> timeline.persist(entry(application.id, eventId, now, ApplicationWithdrawn.TYPE,
                        TimelineTexts.withdrawn())))
                .replaceWithVoid();
    }

    /**
     * The candidate asks for a seat in a time slot (self-service): SlotBookingRequested through the
     * outbox, and a timeline entry. selection-service books the seat and answers with
     * InterviewScheduled. Without a stage, the request is for the stage after the last one scored.
     */
    @WithTransaction
    public Uni<BookingRequested> requestBooking(UUID id, String token, BookingRequest request) {
        return byToken(id, token).flatMap(application -> {
            List<Problem.FieldError> errors = new ArrayList<>();
            if (request == null || request.slotId() == null) {
                errors.add(new Problem.FieldError("slotId", "is required"));
            }
            if (request != null && request.stageOrder() != null && request.stageOrder() < 1) {
                errors.add(new Problem.FieldError("stageOrder", "must be at least 1"));
            }
            if (!errors.isEmpty()) {
                throw new ProblemException(400, "validation", "Invalid request", "a booking request names a slot", errors);
            }
            if (application.status != ApplicationStatus.ADMITTED && application.status != ApplicationStatus.IN_PROCEDURE) {
                throw ProblemException.conflict("application-status",
                        "a slot can be booked only while the application is in the procedure (now " + application.status + ")");
            }
            int stageOrder = request.stageOrder() != null ? request.stageOrder()
                    : application.lastScoredStage == null ? 1 : application.lastScoredStage + 1;
            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
            SlotBookingRequested event = new SlotBookingRequested(application.id, application.vacancyId, stageOrder,
                    request.slotId(), now);
            return outbox.record(AGGREGATE, application.id, SlotBookingRequested.TYPE, event, now)
                    .flatMap(eventId -> timeline.persist(entry(application.id, eventId, now, SlotBookingRequested.TYPE,
                                    TimelineTexts.bookingRequested(stageOrder)))
                            .replaceWith(new BookingRequested(eventId, application.id, application.vacancyId, stageOrder,
                                    request.slotId(), now)));
        });
    }

    /** The candidate's choice of a slot. */
    public record BookingRequest(UUID slotId, Integer stageOrder) {
    }

    /** The answer to a booking request: asked for, the confirmation follows (InterviewScheduled, with a mail). */
    public record BookingRequested(UUID requestId, UUID applicationId, UUID vacancyId, int stageOrder, UUID slotId,
            OffsetDateTime requestedAt) {
    }

    /** Erasure on request: withdraws if still in the procedure, then erases the personal data. */
    @WithTransaction
    public Uni<Void> eraseOnRequest(UUID id, String token) {
        return byToken(id, token).flatMap(application -> {
            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
            Uni<Void> first = application.status.isFinal() ? Uni.createFrom().voidItem() : withdrawNow(application, now);
            return first.flatMap(v -> erase(application, now, "REQUEST"));
        });
    }

    /**
     * Blanks the personal data, deletes the documents, revokes the token and publishes
     * CandidateDataErased. Status, vacancy, dates and the admission facts stay: anonymous counts. The
     * admission facts kept include all seniority (with stad or OCMW and at another local government).
     */
    Uni<Void> erase(Application a, OffsetDateTime now, String reason) {
        a.firstName = null;
        a.lastName = null;
        a.email = null;
        a.phone = null;
        a.street = null;
        a.postalCode = null;
        a.city = null;
        a.diploma = null;
        a.experienceDescription = null;
        a.motivation = null;
        a.currentGrade = null;
        a.accessTokenHash = null;
        a.tokenRevokedAt = now;
        a.idempotencyKey = null;
        a.erasedAt = now;
        return documents.deleteFor(a.id)
                .flatMap(n -> MailMessage.delete("applicationId", a.id))
                .flatMap(n -> outbox.record(AGGREGATE, a.id, CandidateDataErased.TYPE,
                        new CandidateDataErased(a.id, a.vacancyId, now, reason), now))
                .replaceWithVoid();
    }

    /**
     * Retention: erases one application whose period has ended. The conditional UPDATE decides which
     * replica does it (the second finds erased_at set and does nothing): one erasure, one event.
     * Yields whether this call erased it.
     */
    @WithTransaction
    public Uni<Boolean> eraseForRetention(UUID id) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        return applications.getSession()
                .flatMap(session -> session.createMutationQuery(
                                "update Application set erasedAt = :now where id = :id and erasedAt is null")
                        .setParameter("now", now).setParameter("id", id).executeUpdate())
                .flatMap(updated -> updated == 0 ? Uni.createFrom().item(false)
                        : applications.findById(id).call(a -> applications.getSession().flatMap(s -> s.refresh(a)))
                                .flatMap(a -> erase(a, now, "RETENTION")).replaceWith(true));
    }

    /** Applications whose retention period has ended: left the procedure, or the reserve expired, long enough ago. */
    @WithSession
    public Uni<List<UUID>> dueForRetention(int daysAfterLeaving, int daysAfterReserve) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return applications.find("erasedAt is null and ((leftProcedureAt is not null and leftProcedureAt < ?1)"
                        + " or (reserveValidUntil is not null and reserveValidUntil < ?2))",
                        now.minusDays(daysAfterLeaving), now.toLocalDate().minusDays(daysAfterReserve))
                .page(0, 100).list().map(list -> list.stream().map(a -> a.id).toList());
    }

    /** The candidate revokes their link (e.g. after sharing it by mistake); a new one comes with a retry of applying. */
    @WithTransaction
    public Uni<Void> revokeToken(UUID id, String token) {
        return byToken(id, token).invoke(a -> a.tokenRevokedAt = OffsetDateTime.now(clock)).replaceWithVoid();
    }

    /** Anonymous counts per vacancy and status, erased applications included. */
    @WithSession
    public Uni<List<Count>> counts() {
        return applications.countsByVacancyAndStatus().map(rows -> rows.stream()
                .map(r -> new Count((UUID) r[0], String.valueOf(r[1]), ((Number) r[2]).longValue(),
                        r[3] == null ? 0 : ((Number) r[3]).longValue()))
                .toList());
    }

    public record Count(UUID vacancyId, String status, long applications, long erased) {
    }

    /**
     * Adds an event's entry to the timeline of the application it concerns and moves the status on.
     * Runs inside the consumer's transaction. An unknown application is logged and ignored.
     */
    public Uni<Void> record(EventEnvelope event, UUID applicationId, TimelineStep step) {
        return record(event, applicationId, step, null);
    }

    /** A mail to send with a timeline step: which template, with which values. */
    public record Mailing(String kind, Map<String, Object> data) {
    }

    /** As {@link #record(EventEnvelope, UUID, TimelineStep)}, and puts the step's mail in the mail outbox. */
    public Uni<Void> record(EventEnvelope event, UUID applicationId, TimelineStep step, Mailing mailing) {
        return record(event, applicationId, step, mailing, a -> { });
    }

    /** As above, with a further effect on the application (e.g. the reserve's validity). */
    public Uni<Void> record(EventEnvelope event, UUID applicationId, TimelineStep step, Mailing mailing,
            java.util.function.Consumer<Application> effect) {
        return applications.findById(applicationId).flatMap(application -> {
            if (application == null) {
                LOG.warnf("%s %s concerns unknown application %s: ignored", event.type(), event.id(), applicationId);
                return Uni.createFrom().voidItem();
            }
            boolean withdrawn = application.status == ApplicationStatus.WITHDRAWN;
            application.status = application.status.advanceTo(step.status());
            if (application.status.isFinal() && application.status != ApplicationStatus.IN_RESERVE
                    && application.leftProcedureAt == null) {
                application.leftProcedureAt = event.time();
            }
            effect.accept(application);
            Uni<Void> saved = timeline.persist(entry(application.id, event.id(), event.time(), event.type(), step))
                    .replaceWithVoid();
            if (mailing == null || withdrawn) {
                return saved;
            }
            Map<String, Object> data = new java.util.HashMap<>(mailing.data());
            data.put("text", step.text());
            return saved.flatMap(v -> vacancies.findById(application.vacancyId))
                    .flatMap(vacancy -> notifications.enqueue(application, vacancy == null ? null : vacancy.title,
                            mailing.kind(), data));
        });
    }

    /**
     * A reserve event (keyed by reserve id): one timeline entry, and mail, for each application of
     * the vacancy on that reserve (PROMOTION: the internal laureates; RECRUITMENT: the external
     * ones). Runs inside the consumer's transaction.
     */
    public Uni<Void> recordForReserve(EventEnvelope event, UUID vacancyId, String reserveType, TimelineStep step,
            Mailing mailing, java.util.function.Consumer<Application> effect) {
        String type = "PROMOTION".equals(reserveType) || "RECRUITMENT".equals(reserveType) ? reserveType : null;
        return applications.inReserve(vacancyId, type).flatMap(list -> {
            if (list.isEmpty()) {
                LOG.infof("%s %s: no application of vacancy %s on the reserve", event.type(), event.id(), vacancyId);
            }
            // one after the other without nesting: a flatMap per laureate in a loop overflows the stack for a large reserve
            return Steps.each(list, application -> record(event, application.id, step, mailing, effect));
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
