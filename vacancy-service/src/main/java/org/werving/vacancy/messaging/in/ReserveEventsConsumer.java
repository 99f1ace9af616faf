package org.werving.vacancy.messaging.in;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.chassis.messaging.Inbox;
import org.werving.chassis.messaging.UnreadableEventException;
import org.werving.vacancy.service.SeatService;

/**
 * Reserve events: a PERMANENT CandidateAppointed fills one seat of its vacancy ({@link SeatService}).
 * Idempotent through the {@link Inbox}.
 */
@ApplicationScoped
public class ReserveEventsConsumer {
    public static final String ACTOR = SeatService.ACTOR;

    private final Inbox inbox;
    private final ObjectMapper json;
    private final SeatService seats;

    public ReserveEventsConsumer(Inbox inbox, ObjectMapper json, SeatService seats) {
        this.inbox = inbox;
        this.json = json;
        this.seats = seats;
    }

    @Incoming("reserve-events")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(batch, CandidateAppointed.TYPE::equals, this::apply);
    }

    /** CandidateAppointed only; the inbox acknowledges the other reserve events without a transaction. */
    Uni<Void> apply(EventEnvelope event) {
        CandidateAppointed appointed = event.payloadAs(CandidateAppointed.class, json);
        if (!appointed.permanent()) {
            return Uni.createFrom().voidItem(); // a temporary replacement fills no seat
        }
        if (appointed.vacancyId() == null) {
            throw new UnreadableEventException("CandidateAppointed " + event.id() + " without a vacancyId");
        }
        return seats.fillSeat(appointed.vacancyId(), appointed.appointmentId());
    }
}
