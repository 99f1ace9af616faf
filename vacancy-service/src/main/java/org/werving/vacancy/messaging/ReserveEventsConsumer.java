package org.werving.vacancy.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.chassis.messaging.Inbox;
import org.werving.chassis.messaging.Outbox;
import org.werving.chassis.messaging.UnreadableEventException;
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.model.VacancyAudit;
import org.werving.vacancy.model.VacancyStatus;
import org.werving.vacancy.service.VacancyService;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Reserve events: a PERMANENT CandidateAppointed fills one seat of its vacancy; when every seat
 * is filled, a closed vacancy becomes FILLED (VacancyFilled, through the outbox). Idempotent through the {@link Inbox}.
 */
@ApplicationScoped
public class ReserveEventsConsumer {
    private static final Logger LOG = Logger.getLogger(ReserveEventsConsumer.class);
    public static final String ACTOR = "system:reserve-service";

    private final Inbox inbox;
    private final Outbox outbox;

    public ReserveEventsConsumer(Inbox inbox, Outbox outbox) {
        this.inbox = inbox;
        this.outbox = outbox;
    }

    @Incoming("reserve-events")
    public Uni<Void> consume(Message<String> message) {
        return inbox.process(message, "CandidateAppointed"::equals, this::apply);
    }

    /** CandidateAppointed only; the inbox acknowledges the other reserve events without a transaction. */
    Uni<Void> apply(EventEnvelope event) {
        JsonNode payload = event.payload();
        if (!"PERMANENT".equals(payload.path("kind").asText())) {
            return Uni.createFrom().voidItem(); // a temporary replacement fills no seat
        }
        UUID vacancyId;
        try {
            vacancyId = UUID.fromString(payload.path("vacancyId").asText());
        } catch (IllegalArgumentException e) {
            throw new UnreadableEventException("CandidateAppointed " + event.id() + " without a vacancyId");
        }
        return Vacancy.<Vacancy>findById(vacancyId).flatMap(vacancy -> {
            if (vacancy == null) {
                LOG.warnf("CandidateAppointed %s for unknown vacancy %s: ignored", event.id(), vacancyId);
                return Uni.createFrom().voidItem();
            }
            vacancy.seatsFilled += 1;
            String reason = "vaste aanstelling " + payload.path("appointmentId").asText() + " (" + vacancy.seatsFilled
                    + "/" + vacancy.seats + ")";
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            Uni<Void> audit = VacancyAudit.of(vacancyId, "SEAT_FILLED", ACTOR, now, reason, null).persist().replaceWithVoid();
            if (vacancy.seatsFilled >= vacancy.seats && vacancy.status == VacancyStatus.CLOSED) {
                // the last seat: FILLED, announced in the same transaction
                vacancy.status = VacancyStatus.FILLED;
                vacancy.updatedBy = ACTOR;
                return audit
                        .chain(() -> VacancyAudit.of(vacancyId, "FILLED", ACTOR, now, reason, null).persist())
                        .chain(() -> outbox.record(VacancyService.AGGREGATE, vacancyId, "VacancyFilled",
                                VacancyService.filled(vacancy, now, ACTOR, "last seat filled by " + reason)));
            }
            return audit;
        });
    }
}
