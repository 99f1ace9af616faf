package org.werving.candidate.messaging.in;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.werving.candidate.mail.Notifications;
import org.werving.candidate.model.DecisionLetter;
import org.werving.candidate.messaging.in.IncomingEvents.CandidateAppointed;
import org.werving.candidate.messaging.in.IncomingEvents.ReserveEnded;
import org.werving.candidate.messaging.in.IncomingEvents.ReserveEntryCreated;
import org.werving.candidate.messaging.in.IncomingEvents.ReserveExpired;
import org.werving.candidate.messaging.in.IncomingEvents.ReserveExtended;
import org.werving.candidate.service.TimelineTexts;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.chassis.messaging.Inbox;

import static org.werving.candidate.messaging.in.Mailings.date;
import static org.werving.candidate.messaging.in.Mailings.mail;

/**
 * werving.reserve.events, through the {@link Inbox}: the place on a reserve (keyed by application),
 * the reserve's extension, expiry and end (keyed by reserve: every laureate of the vacancy on it),
 * and the appointment. Unknown types are recorded and otherwise ignored.
 */
@ApplicationScoped
public class ReserveEventsConsumer {
    private final Inbox inbox;
    private final EventTimeline timeline;

    public ReserveEventsConsumer(Inbox inbox, EventTimeline timeline) {
        this.inbox = inbox;
        this.timeline = timeline;
    }

    @Incoming("reserve-events")
    public Uni<Void> onReserveEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(batch, this::apply);
    }

    Uni<Void> apply(EventEnvelope event) {
        return switch (event.type()) {
            case "ReserveEntryCreated" -> timeline.recordDecision(event, ReserveEntryCreated.class,
                    ReserveEntryCreated::applicationId, TimelineTexts::reserveEntryCreated,
                    e -> mail(Notifications.RESERVE,
                            "reserve", "PROMOTION".equals(e.reserveType()) ? "bevorderingsreserve" : "wervingsreserve",
                            "validUntil", date(e.validUntil())),
                    e -> application -> {
                        application.reserveValidUntil = e.validUntil();
                        application.reserveType = e.reserveType();
                    }, DecisionLetter.Kind.RESERVE);
            case "ReserveExtended" -> extended(event, timeline.read(event, ReserveExtended.class));
            case "ReserveExpired" -> expired(event, timeline.read(event, ReserveExpired.class));
            case "ReserveEnded" -> ended(event, timeline.read(event, ReserveEnded.class));
            case "CandidateAppointed" -> timeline.recordDecision(event, CandidateAppointed.class,
                    CandidateAppointed::applicationId, TimelineTexts::candidateAppointed,
                    e -> mail(Notifications.APPOINTED, "team", e.team(), "kind", e.kind(),
                            "startDate", date(e.startDate()), "endDate", date(e.endDate()),
                            "reason", "TEMPORARY".equals(e.kind()) ? e.reason() : null),
                    e -> application -> { }, DecisionLetter.Kind.APPOINTED);
            default -> EventTimeline.ignore(event);
        };
    }

    private Uni<Void> extended(EventEnvelope event, ReserveExtended e) {
        return timeline.recordForReserve(event, e.vacancyId(), e.reserveType(), TimelineTexts.reserveExtended(e),
                mail(Notifications.RESERVE_EXTENDED, "reserve", TimelineTexts.reserveName(e.reserveType()),
                        "validUntil", date(e.validUntil()), "decisionReference", e.decisionReference()),
                application -> {
                    if (e.validUntil() != null) {
                        application.reserveValidUntil = e.validUntil();
                    }
                });
    }

    private Uni<Void> expired(EventEnvelope event, ReserveExpired e) {
        return timeline.recordForReserve(event, e.vacancyId(), e.reserveType(), TimelineTexts.reserveExpired(e),
                mail(Notifications.RESERVE_EXPIRED, "reserve", TimelineTexts.reserveName(e.reserveType()),
                        "validUntil", date(e.validUntil())),
                application -> {
                    if (e.validUntil() != null) {
                        application.reserveValidUntil = e.validUntil(); // retention runs from here
                    }
                });
    }

    private Uni<Void> ended(EventEnvelope event, ReserveEnded e) {
        return timeline.recordForReserve(event, e.vacancyId(), e.reserveType(), TimelineTexts.reserveEnded(e),
                mail(Notifications.RESERVE_ENDED, "reserve", TimelineTexts.reserveName(e.reserveType()),
                        "validUntil", date(e.endedOn()), "reason", e.reason(), "decisionReference", e.decisionReference()),
                application -> application.reserveValidUntil = e.endedOn()); // retention runs from here
    }
}
