package org.werving.selection.messaging.in;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.chassis.messaging.Inbox;
import org.werving.chassis.messaging.UnreadableEventException;
import org.werving.selection.messaging.in.IncomingEvents.CandidateApplied;
import org.werving.selection.messaging.in.IncomingEvents.VacancyPublished;
import org.werving.selection.service.CandidacyEndingService;
import org.werving.selection.service.ScreeningService;
import org.werving.selection.service.SlotService;

import java.util.Set;

/**
 * Consumes vacancy and candidate events through the {@link Inbox}; other event types are acknowledged without
 * opening a transaction.
 */
@ApplicationScoped
public class SelectionConsumer {
    private static final Set<String> VACANCY_EVENTS = Set.of("VacancyPublished", "VacancyAmended");
    private static final Set<String> CANDIDATE_EVENTS = Set.of("CandidateApplied", "ApplicationWithdrawn",
            "CandidateDataErased", "SlotBookingRequested", "SlotBookingCancellationRequested");
    private final Inbox inbox;
    private final ScreeningService screening;
    private final CandidacyEndingService endings;
    private final ObjectMapper json;

    private final SlotService slots;

    public SelectionConsumer(Inbox inbox, ScreeningService screening, CandidacyEndingService endings, SlotService slots,
            ObjectMapper json) {
        this.endings = endings;
        this.slots = slots;
        this.inbox = inbox;
        this.screening = screening;
        this.json = json;
    }

    @Incoming("vacancy-events")
    public Uni<Void> onVacancyEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(batch, VACANCY_EVENTS::contains, this::applyVacancyEvent);
    }

    @Incoming("candidate-events")
    public Uni<Void> onCandidateEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(batch, CANDIDATE_EVENTS::contains, this::applyCandidateEvent);
    }

    Uni<Void> applyVacancyEvent(EventEnvelope event) {
        if ("VacancyPublished".equals(event.type())) {
            VacancyPublished published = read(event, VacancyPublished.class);
            if (published.id() == null) {
                throw new UnreadableEventException("VacancyPublished " + event.id() + " has no id");
            }
            return screening.onVacancyPublished(published);
        }
        if ("VacancyAmended".equals(event.type())) {
            IncomingEvents.VacancyAmended amended = read(event, IncomingEvents.VacancyAmended.class);
            if (amended.vacancy() == null || (amended.vacancyId() == null && amended.vacancy().id() == null)) {
                throw new UnreadableEventException("VacancyAmended " + event.id() + " lacks vacancyId or vacancy");
            }
            return screening.onVacancyAmended(amended);
        }
        return Uni.createFrom().voidItem();
    }

    Uni<Void> applyCandidateEvent(EventEnvelope event) {
        if ("CandidateApplied".equals(event.type())) {
            CandidateApplied applied = read(event, CandidateApplied.class);
            if (applied.applicationId() == null || applied.vacancyId() == null) {
                throw new UnreadableEventException("CandidateApplied " + event.id() + " lacks applicationId or vacancyId");
            }
            return screening.onCandidateApplied(applied);
        }
        if ("ApplicationWithdrawn".equals(event.type())) {
            IncomingEvents.ApplicationWithdrawn withdrawn = read(event, IncomingEvents.ApplicationWithdrawn.class);
            if (withdrawn.applicationId() == null) {
                throw new UnreadableEventException("ApplicationWithdrawn " + event.id() + " lacks applicationId");
            }
            return endings.onApplicationWithdrawn(withdrawn);
        }
        if ("CandidateDataErased".equals(event.type())) {
            IncomingEvents.CandidateDataErased erased = read(event, IncomingEvents.CandidateDataErased.class);
            if (erased.applicationId() == null) {
                throw new UnreadableEventException("CandidateDataErased " + event.id() + " lacks applicationId");
            }
            return endings.onCandidateDataErased(erased);
        }
        if ("SlotBookingRequested".equals(event.type())) {
            IncomingEvents.SlotBookingRequested requested = read(event, IncomingEvents.SlotBookingRequested.class);
            if (requested.applicationId() == null || requested.stageOrder() == null || requested.slotId() == null) {
                throw new UnreadableEventException("SlotBookingRequested " + event.id()
                        + " lacks applicationId, stageOrder or slotId");
            }
            return slots.onBookingRequested(requested);
        }
        if ("SlotBookingCancellationRequested".equals(event.type())) {
            IncomingEvents.SlotBookingCancellationRequested requested = read(event,
                    IncomingEvents.SlotBookingCancellationRequested.class);
            if (requested.applicationId() == null || requested.stageOrder() == null) {
                throw new UnreadableEventException("SlotBookingCancellationRequested " + event.id()
                        + " lacks applicationId or stageOrder");
            }
            return slots.onCancellationRequested(requested);
        }
        return Uni.createFrom().voidItem();
    }

    private <T> T read(EventEnvelope event, Class<T> type) {
        return event.payloadAs(type, json);
    }
}
