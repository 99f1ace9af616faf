package org.werving.candidate.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.messaging.out.ApplicationWithdrawn;
import org.werving.candidate.messaging.out.SlotBookingCancellationRequested;
import org.werving.candidate.messaging.out.SlotBookingRequested;
import org.werving.candidate.model.Application;
import org.werving.candidate.model.ApplicationDocument;
import org.werving.candidate.model.ApplicationStatus;
import org.werving.candidate.model.DecisionLetter;
import org.werving.candidate.repository.ApplicationRepository;
import org.werving.candidate.repository.DocumentRepository;
import org.werving.candidate.repository.TimelineRepository;
import org.werving.chassis.messaging.Outbox;
import org.werving.chassis.problem.Problem;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.problem.ProblemTypes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The candidate's self-service, without an account: the secret link token opens one application;
 * any other id is "not found". Reading, withdrawing, asking for a slot, erasure, revoking the link.
 */
@ApplicationScoped
public class SelfService {
    private final ApplicationRepository applications;
    private final DocumentRepository documents;
    private final TimelineRepository timeline;
    private final ApplicationReader reader;
    private final ApplicationTimeline steps;
    private final Erasure erasure;
    private final Outbox outbox;
    private final DecisionLetters letters;
    private final Clock clock = Clock.systemUTC();

    public SelfService(ApplicationRepository applications, DocumentRepository documents, TimelineRepository timeline,
            ApplicationReader reader, ApplicationTimeline steps, Erasure erasure, Outbox outbox, DecisionLetters letters) {
        this.letters = letters;
        this.applications = applications;
        this.documents = documents;
        this.timeline = timeline;
        this.reader = reader;
        this.steps = steps;
        this.erasure = erasure;
        this.outbox = outbox;
    }

    /** The candidate's choice of a slot. */
    public record BookingRequest(UUID slotId, Integer stageOrder) {
    }

    /** The answer to a booking request: asked for, the confirmation follows (InterviewScheduled, with a mail). */
    public record BookingRequested(UUID requestId, UUID applicationId, UUID vacancyId, int stageOrder, UUID slotId,
            OffsetDateTime requestedAt) {
    }

    /** The candidate gives up the moment of a stage. */
    public record CancellationRequest(Integer stageOrder) {
    }

    /** The answer to a cancellation request: asked for, the confirmation follows (SlotBookingCancelled, with a mail). */
    public record CancellationRequested(UUID requestId, UUID applicationId, UUID vacancyId, int stageOrder,
            OffsetDateTime requestedAt) {
    }

    private Uni<Application> byToken(UUID id, String token) {
        if (token == null || token.isBlank()) {
            throw new ProblemException(401, "token-required", "Persoonlijke link nodig",
                    "Open je kandidatuur met de persoonlijke link uit je ontvangstmail.",
                    List.of(new Problem.FieldError(ErrorTexts.TOKEN_HEADER, "Gebruik de persoonlijke link uit je ontvangstmail.")));
        }
        return applications.findByToken(id, AccessTokens.hash(token.trim()))
                .onItem().ifNull().failWith(SelfService::unknownLink);
    }

    private static ProblemException unknownLink() {
        return new ProblemException(404, ProblemTypes.NOT_FOUND, "Kandidatuur niet gevonden",
                "Deze link opent geen kandidatuur: hij is onvolledig, ingetrokken of niet meer geldig.",
                List.of(new Problem.FieldError(ErrorTexts.TOKEN_HEADER, "Deze persoonlijke link is niet (meer) geldig.")));
    }

    @WithSession
    public Uni<ApplicationState> view(UUID id, String token) {
        return byToken(id, token).flatMap(reader::state);
    }

    @WithSession
    public Uni<CandidateFile> data(UUID id, String token) {
        return byToken(id, token).flatMap(reader::file);
    }

    @WithSession
    public Uni<ApplicationDocument> document(UUID id, UUID documentId, String token) {
        return byToken(id, token).flatMap(a -> documents.findFor(a.id, documentId))
                .onItem().ifNull().failWith(() -> new ProblemException(404, ProblemTypes.NOT_FOUND, "Document niet gevonden",
                        "Dit document hoort niet (meer) bij je kandidatuur."));
    }

    /** The decision letters about my application, oldest first. */
    @WithSession
    public Uni<List<DecisionLetter>> letters(UUID id, String token) {
        return byToken(id, token).flatMap(a -> letters.list(a.id));
    }

    /** One decision letter, in words. */
    @WithSession
    public Uni<DecisionLetters.Letter> letter(UUID id, UUID letterId, String token) {
        return byToken(id, token).flatMap(a -> letters.letter(a, letterId));
    }

    /** The candidate withdraws: status WITHDRAWN, a timeline entry, ApplicationWithdrawn. Once. */
    @WithTransaction
    public Uni<ApplicationState> withdraw(UUID id, String token) {
        return byToken(id, token).flatMap(application -> {
            if (application.status == ApplicationStatus.WITHDRAWN) {
                return reader.state(application);
            }
            if (application.status.isFinal()) {
                throw new ProblemException(409, "application-final", "Intrekken kan niet meer",
                        "De selectieprocedure is voor deze kandidatuur al afgelopen.");
            }
            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
            return withdrawNow(application, now).flatMap(v -> reader.state(application));
        });
    }

    private Uni<Void> withdrawNow(Application application, OffsetDateTime now) {
        application.withdraw(now);
        return outbox.record(Applying.AGGREGATE, application.id, ApplicationWithdrawn.TYPE,
                        new ApplicationWithdrawn(application.id, application.vacancyId, now), now)
                .flatMap(eventId -> timeline.persist(steps.entry(application.id, eventId, now, ApplicationWithdrawn.TYPE,
                        TimelineTexts.withdrawn())))
                .replaceWithVoid();
    }

    /**
     * The candidate asks for a seat in a time slot: SlotBookingRequested through the outbox, and a
     * timeline entry. selection-service books the seat and answers with InterviewScheduled. Without a
     * stage, the request is for the stage after the last one scored.
     */
    @WithTransaction
    public Uni<BookingRequested> requestBooking(UUID id, String token, BookingRequest request) {
        return byToken(id, token).flatMap(application -> {
            requireValid(request);
            requireInProcedure(application);
            int stageOrder = request.stageOrder() != null ? request.stageOrder()
                    : application.lastScoredStage == null ? 1 : application.lastScoredStage + 1;
            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
            SlotBookingRequested event = new SlotBookingRequested(application.id, application.vacancyId, stageOrder,
                    request.slotId(), now);
            return outbox.record(Applying.AGGREGATE, application.id, SlotBookingRequested.TYPE, event, now)
                    .flatMap(eventId -> timeline.persist(steps.entry(application.id, eventId, now, SlotBookingRequested.TYPE,
                                    TimelineTexts.bookingRequested(stageOrder)))
                            .replaceWith(new BookingRequested(eventId, application.id, application.vacancyId, stageOrder,
                                    request.slotId(), now)));
        });
    }

    /**
     * The candidate gives up the moment booked for a stage: SlotBookingCancellationRequested through the outbox,
     * and a timeline entry. selection-service decides (not once the stage is closed, not a moment that has begun)
     * and answers with SlotBookingCancelled or SlotBookingCancellationRefused.
     */
    @WithTransaction
    public Uni<CancellationRequested> requestCancellation(UUID id, String token, CancellationRequest request) {
        return byToken(id, token).flatMap(application -> {
            if (request == null || request.stageOrder() == null || request.stageOrder() < 1) {
                throw ErrorTexts.invalid("stageOrder", request == null || request.stageOrder() == null
                        ? "Kies de proef waarvan je het moment annuleert." : "Het nummer van de proef is 1 of hoger.");
            }
            requireInProcedure(application);
            int stageOrder = request.stageOrder();
            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
            var event = new SlotBookingCancellationRequested(application.id, application.vacancyId, stageOrder, now);
            return outbox.record(Applying.AGGREGATE, application.id, SlotBookingCancellationRequested.TYPE, event, now)
                    .flatMap(eventId -> timeline.persist(steps.entry(application.id, eventId, now,
                                    SlotBookingCancellationRequested.TYPE, TimelineTexts.cancellationRequested(stageOrder)))
                            .replaceWith(new CancellationRequested(eventId, application.id, application.vacancyId,
                                    stageOrder, now)));
        });
    }

    private static void requireInProcedure(Application application) {
        if (application.status != ApplicationStatus.ADMITTED && application.status != ApplicationStatus.IN_PROCEDURE) {
            throw new ProblemException(409, "application-status", "Dat kan nu niet",
                    "Je kan alleen een moment kiezen, verplaatsen of annuleren zolang je kandidatuur in de selectieprocedure is");
        }
    }

    private static void requireValid(BookingRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request == null || request.slotId() == null) {
            errors.add(new Problem.FieldError("slotId", "Kies het moment dat je wil boeken."));
        }
        if (request != null && request.stageOrder() != null && request.stageOrder() < 1) {
            errors.add(new Problem.FieldError("stageOrder", "Het nummer van de proef is 1 of hoger."));
        }
        if (!errors.isEmpty()) {
            throw ErrorTexts.invalid(errors);
        }
    }

    /** Erasure on request: withdraws if still in the procedure, then erases the personal data. */
    @WithTransaction
    public Uni<Void> erase(UUID id, String token) {
        return byToken(id, token).flatMap(application -> {
            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
            Uni<Void> first = application.status.isFinal() ? Uni.createFrom().voidItem() : withdrawNow(application, now);
            return first.flatMap(v -> erasure.erase(application, now, "REQUEST"));
        });
    }

    /** The candidate revokes their link (e.g. after sharing it by mistake); a new one comes with a retry of applying. */
    @WithTransaction
    public Uni<Void> revokeToken(UUID id, String token) {
        return byToken(id, token).invoke(a -> a.tokenRevokedAt = OffsetDateTime.now(clock)).replaceWithVoid();
    }
}
